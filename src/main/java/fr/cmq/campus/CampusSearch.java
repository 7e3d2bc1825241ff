package fr.cmq.campus;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor looks for in the directory of campuses; every criterion is optional.
 *
 * @param text  words of the name, presentation, filière, towns or members
 * @param byName sort by name even when there is text (otherwise the best matches come first)
 */
public record CampusSearch(
        @Nullable String text,
        @Nullable String filiere,
        @Nullable String region,
        @Nullable String academie,
        @Nullable Category category,
        @Nullable CampusStatus status,
        boolean byName) {

    public static CampusSearch everything() {
        return new CampusSearch(null, null, null, null, null, null, true);
    }
}
