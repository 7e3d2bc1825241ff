package fr.cmq.identity;

import java.util.Set;

/**
 * The campuses whose private data a user reads, as a list's SQL filters them: every campus, or those of its teams
 * ({@code campusIds}) and those of its territories as a pilot ({@code academieCodes}, {@code regionCodes}).
 */
public record ReadableCampuses(boolean everywhere, Set<Long> campusIds, Set<String> academieCodes,
        Set<String> regionCodes) {

    public ReadableCampuses {
        campusIds = Set.copyOf(campusIds);
        academieCodes = Set.copyOf(academieCodes);
        regionCodes = Set.copyOf(regionCodes);
    }
}
