package fr.cmq.shared.importing;

/** A file that cannot be imported at all: nothing of it is applied, and the message says why, in French. */
public class RejectedFileException extends RuntimeException {

    public RejectedFileException(String reason) {
        super(reason);
    }

    public RejectedFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
