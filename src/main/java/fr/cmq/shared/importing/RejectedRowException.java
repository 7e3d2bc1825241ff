package fr.cmq.shared.importing;

/** A line the importer cannot accept; the message, in French, is the reason shown in the report. */
public class RejectedRowException extends RuntimeException {

    public RejectedRowException(String reason) {
        super(reason, null, false, false);
    }
}
