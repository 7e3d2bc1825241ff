package fr.cmq.shared;

import java.time.Duration;

/** A document asked for whose preparation has begun and not yet ended: answered 202, to be asked again. */
public class StillPreparingException extends RuntimeException {

    private final Duration retryAfter;

    public StillPreparingException(String what, Duration retryAfter) {
        super(what);
        this.retryAfter = retryAfter;
    }

    /** When it is worth asking again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
