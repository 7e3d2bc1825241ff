package fr.cmq.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a whole set of rows looks like without reading it: a fingerprint that changes whenever a row is added, changed
 * or removed, and the moment of its last change that people are told (null while it is empty).
 */
public record DataVersion(String fingerprint, @Nullable Instant lastChange) {

    /** Rows that show others' too (a formation its campus's name): changed when either changes, at its own last change. */
    public DataVersion with(DataVersion shown) {
        return new DataVersion(fingerprint + "/" + shown.fingerprint(), lastChange);
    }
}
