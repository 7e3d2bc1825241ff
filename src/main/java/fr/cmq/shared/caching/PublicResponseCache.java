package fr.cmq.shared.caching;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The public answers kept, by normalised request. A change to one campus forgets what may show it ({@link
 * #forgetCampus(long)}): its own pages, and every answer about several campuses; the other campuses' pages are kept.
 * A change to reference data, which any answer may show (a member's establishment), forgets them all ({@link
 * #clear()}).
 */
public class PublicResponseCache {

    private static final long MAX_BYTES = 64L << 20;
    static final int MAX_ANSWER_BYTES = 1 << 20;

    private final Cache<String, CachedResponse> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, CachedResponse answer) -> key.length() + answer.weight())
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

    /** Forgets the answers that may show this campus; the pages of the others stay. */
    public void forgetCampus(long campusId) {
        generation.incrementAndGet();
        answers.asMap().keySet().removeIf(key -> PublicRequest.campusShown(key).orElse(campusId) == campusId);
    }

    @Nullable CachedResponse get(String key) {
        return answers.getIfPresent(key);
    }

    /** How many times the kept answers were forgotten since the platform started. */
    public long generation() {
        return generation.get();
    }

    /** Keeps an answer rendered since the given generation, unless a change came meanwhile. */
    void put(String key, CachedResponse answer, long renderedSince) {
        answers.put(key, answer);
        if (generation.get() != renderedSince) {
            answers.invalidate(key);
        }
    }
}
