package fr.cmq.shared.web;

/** A change that a business rule forbids; the message says which, in French. Answered 422. */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
