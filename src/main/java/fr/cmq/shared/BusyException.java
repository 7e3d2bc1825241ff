package fr.cmq.shared;

import java.time.Duration;

/** Long work refused because as much of its kind as the platform takes at once is already going on: answered 429. */
public class BusyException extends RuntimeException {

    private final Duration retryAfter;

    public BusyException(String what, Duration retryAfter) {
        super(what);
        this.retryAfter = retryAfter;
    }

    /** When it is worth asking again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
