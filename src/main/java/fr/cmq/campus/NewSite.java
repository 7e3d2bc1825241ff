package fr.cmq.campus;

import org.jspecify.annotations.Nullable;

/** A place to add to a campus; coordinates come from the Annuaire when {@code uai} is given and they are not. */
public record NewSite(SiteKind kind, String name, @Nullable String address, @Nullable String commune,
        @Nullable String uai, @Nullable Double latitude, @Nullable Double longitude) {
}
