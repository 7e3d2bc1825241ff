package fr.cmq.campus;

import org.jspecify.annotations.Nullable;

/** A place of a campus; with coordinates, it is drawn on the campus map. */
public record Site(long id, SiteKind kind, String name, @Nullable String address, @Nullable String commune,
        @Nullable String uai, @Nullable Double latitude, @Nullable Double longitude) {
}
