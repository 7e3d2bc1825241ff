package fr.cmq.shared;

/** A national identifier (UAI, SIRET, RNCP code…) that is not well formed; the message says why, in French. */
public class InvalidIdentifierException extends IllegalArgumentException {

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
