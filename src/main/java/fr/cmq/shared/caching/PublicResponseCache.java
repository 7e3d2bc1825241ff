package fr.cmq.shared.caching;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The public answers kept, by normalised request, each with the tags of what it shows ({@link KeptTags}). A change
 * forgets the answers it may alter ({@link #forget(Collection)}): a change to one campus's formations forgets its
 * pages and the searches of formations that may show its région, and keeps the other campuses' pages, the directory
 * and the agenda. A change to reference data, which any answer may show (a member's establishment), forgets them all
 * ({@link #clear()}).
 */
public class PublicResponseCache {

    private static final long MAX_BYTES = 64L << 20;
    static final int MAX_ANSWER_BYTES = 1 << 20;

    private record Kept(CachedResponse answer, Set<String> tags) {}

    private final Cache<String, Kept> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Kept kept) -> key.length() + kept.answer().weight())
            // a safety net for what changes without an event (an operator's SQL): never older than this
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    /** Bumped by each clear, so that an answer rendered before a change is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    /** Forgets every answer kept; what changed is read again from the database by the next visitor. */
    public void clear() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    /** Forgets the answers a selector of {@link KeptTags} names; the others stay. */
    void forget(Collection<String> selectors) {
        generation.incrementAndGet();
        answers.asMap().values().removeIf(kept -> KeptTags.forgottenBy(kept.tags(), selectors));
    }

    @Nullable CachedResponse get(String key) {
        var kept = answers.getIfPresent(key);
        return kept == null ? null : kept.answer();
    }

    /** How many times the kept answers were forgotten since the platform started. */
    public long generation() {
        return generation.get();
    }

    /** Keeps an answer rendered since the given generation, unless a change came meanwhile. */
    void put(String key, CachedResponse answer, Set<String> tags, long renderedSince) {
        answers.put(key, new Kept(answer, tags));
        if (generation.get() != renderedSince) {
            answers.invalidate(key);
        }
    }
}
