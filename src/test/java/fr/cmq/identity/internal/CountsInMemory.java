package fr.cmq.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Failure counts in a map, for the throttle's rules tested alone; {@code JdbcFailureCountsIT} tests the real store. */
final class CountsInMemory implements FailureCounts {

    private record Count(Instant since, int failures) {
    }

    private final Map<String, Count> counts = new HashMap<>();

    @Override
    public Map<String, Integer> counts(Collection<String> keys, Instant now, Duration window) {
        var found = new HashMap<String, Integer>();
        keys.forEach(key -> {
            var count = counts.get(key);
            if (count != null && !count.since().isBefore(now.minus(window))) {
                found.put(key, count.failures());
            }
        });
        return found;
    }

    @Override
    public void add(Collection<String> keys, Instant now, Duration window) {
        keys.forEach(key -> counts.merge(key, new Count(now, 1), (old, one) -> old.since().isBefore(now.minus(window))
                ? one : new Count(old.since(), old.failures() + 1)));
    }

    @Override
    public void clear(String key) {
        counts.remove(key);
    }

    @Override
    public void forgetBefore(Instant start) {
        counts.values().removeIf(count -> count.since().isBefore(start));
    }
}
