package fr.cmq.shared.caching;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a kept answer shows, written as tags, and what a change forgets, written as selectors. An answer about one
 * campus alone is tagged {@code campus:12}; a list or a search {@code formations} when it spans every région,
 * {@code formations@44} when it is limited to région 44; one that may show anything {@code *}. A change selects
 * {@code campus:12} (that campus's own answers), {@code formations@44} (the searches that may show région 44: those
 * limited to it and those over every région) or {@code formations} (every search of formations).
 */
final class KeptTags {

    static final String ANYTHING = "*";
    private static final String CAMPUS = "campus:";
    private static final char IN = '@';
    private static final Pattern SELECTOR = Pattern.compile("campus:\\d{1,18}|[a-z]{1,20}(@[0-9A-Za-z]{1,10})?");

    private KeptTags() {
    }

    /** The tags of the answer kept under this key, whose handler shows this, asked with this {@code region}. */
    static Set<String> of(String key, Shown[] shown, @Nullable String region) {
        var campus = PublicRequest.campusShown(key);
        if (campus.isPresent()) {
            return Set.of(campus(campus.getAsLong()));
        }
        if (shown.length == 0) {
            return Set.of(ANYTHING);
        }
        return Arrays.stream(shown).map(what -> selector(what, region)).collect(Collectors.toUnmodifiableSet());
    }

    static String campus(long campusId) {
        return CAMPUS + campusId;
    }

    /** What of this kind may show this région, or the whole kind when the région is not told. */
    static String selector(Shown what, @Nullable String region) {
        return region == null || region.isBlank() ? what.tag() : what.tag() + IN + region.strip();
    }

    /** Whether a selector told by another instance is one this instance can read. */
    static boolean readable(String selector) {
        return SELECTOR.matcher(selector).matches();
    }

    static boolean forgottenBy(Set<String> tags, Collection<String> selectors) {
        return tags.contains(ANYTHING)
                || selectors.stream().anyMatch(selector -> tags.stream().anyMatch(tag -> selects(selector, tag)));
    }

    private static boolean selects(String selector, String tag) {
        if (tag.equals(selector)) {
            return true;
        }
        int in = selector.indexOf(IN);
        return in >= 0 ? tag.equals(selector.substring(0, in)) : tag.startsWith(selector + IN);
    }
}
