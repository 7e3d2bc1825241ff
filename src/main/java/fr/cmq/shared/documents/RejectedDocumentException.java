package fr.cmq.shared.documents;

/** A file refused before anything is stored; {@link #messageCode()} names the reason in {@code messages.properties}. */
public class RejectedDocumentException extends RuntimeException {

    public enum Reason { EMPTY, TOO_LARGE, TYPE_NOT_ACCEPTED }

    private final Reason reason;
    private final Object[] arguments;

    RejectedDocumentException(Reason reason, Object... arguments) {
        super("Document refused: " + reason);
        this.reason = reason;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    public String messageCode() {
        return "document.rejected." + reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
