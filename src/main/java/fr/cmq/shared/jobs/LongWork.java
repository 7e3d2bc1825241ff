package fr.cmq.shared.jobs;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import fr.cmq.shared.BusyException;

/**
 * Long work of one kind (imports, PDF renders), bounded: so many at once on the platform, and one at a time per scope
 * (a kind of file for a campus, say). A place is taken at once or refused, never waited for: a crowd of long requests
 * can then neither hold every connection of the pool nor queue for ever, and the one refused is told when to come back.
 */
public final class LongWork {

    private final String refusal;
    private final Semaphore places;
    private final Set<String> busyScopes = ConcurrentHashMap.newKeySet();
    private final Duration retryAfter;

    /** @param refusal what the refused person is told, in French */
    public LongWork(String refusal, int atOnce, Duration retryAfter) {
        this.refusal = refusal;
        this.places = new Semaphore(atOnce);
        this.retryAfter = retryAfter;
    }

    /** Takes a place for work in this scope, or refuses with {@link BusyException}. */
    public Place enter(String scope) {
        if (!busyScopes.add(scope)) {
            throw new BusyException(refusal, retryAfter);
        }
        if (!places.tryAcquire()) {
            busyScopes.remove(scope);
            throw new BusyException(refusal, retryAfter);
        }
        return new Place(scope);
    }

    /** A place taken; closing it (once or more) frees it. */
    public final class Place implements AutoCloseable {

        private final String scope;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Place(String scope) {
            this.scope = scope;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                busyScopes.remove(scope);
                places.release();
            }
        }
    }
}
