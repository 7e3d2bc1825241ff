package fr.cmq.identity;

import java.util.Set;

/** A région as access rules read it: its code and the académies of its région académique. */
public record RegionScope(String regionCode, Set<String> academieCodes) {

    public RegionScope {
        academieCodes = Set.copyOf(academieCodes);
    }
}
