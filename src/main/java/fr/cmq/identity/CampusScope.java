package fr.cmq.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Where a campus stands, as far as access rules are concerned: its id and its territory. */
public record CampusScope(long campusId, Set<String> academieCodes, @Nullable String regionCode) {

    public CampusScope {
        academieCodes = Set.copyOf(academieCodes);
    }
}
