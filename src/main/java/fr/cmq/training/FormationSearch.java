package fr.cmq.training;

import org.jspecify.annotations.Nullable;

/**
 * What to look for among formations; every criterion is optional.
 *
 * @param text    words of the title or type ("soudure", "BTS maintenance"), typos tolerated
 * @param near    the point around which to look, with {@code radiusKm}
 */
public record FormationSearch(
        @Nullable String text,
        @Nullable Integer level,
        @Nullable LearnerStatus status,
        @Nullable String filiere,
        @Nullable String region,
        @Nullable String academie,
        @Nullable String departement,
        @Nullable GeoPoint near,
        @Nullable Integer radiusKm,
        boolean accessibleOnly,
        FormationSort sort) {

    public static FormationSearch everything() {
        return new FormationSearch(null, null, null, null, null, null, null, null, null, false, FormationSort.PERTINENCE);
    }
}
