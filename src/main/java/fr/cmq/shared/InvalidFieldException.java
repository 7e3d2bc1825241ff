package fr.cmq.shared;

/** A value that passed the form's checks but names nothing known (a code of reference data); answered 400 on it. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
