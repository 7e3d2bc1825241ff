package fr.cmq.campus;

import org.jspecify.annotations.Nullable;

/** A site of a campus in the national list, placed when its coordinates are known. */
public record RegisteredSite(String campusCode, String campusName, String name, SiteKind kind, @Nullable String address,
        @Nullable String commune, @Nullable String uai, @Nullable Double latitude, @Nullable Double longitude) {
}
