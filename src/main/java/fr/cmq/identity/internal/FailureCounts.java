package fr.cmq.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Where failed sign-ins are counted: under keys (an account, an address, the pair), each over a window. */
interface FailureCounts {

    /** The failures counted under these keys in the window that ends now; a key without any is left out. */
    Map<String, Integer> counts(Collection<String> keys, Instant now, Duration window);

    /** One more failure under each key; a count whose window has passed starts again from one. */
    void add(Collection<String> keys, Instant now, Duration window);

    void clear(String key);

    /** Forgets the counts that started before this instant. */
    void forgetBefore(Instant start);
}
