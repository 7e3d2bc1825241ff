package fr.cmq.shared;

/** A thing asked for by id that does not exist, or that the user may not know exists: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
