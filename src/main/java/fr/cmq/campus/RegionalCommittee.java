package fr.cmq.campus;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The comité d'orientation stratégique of a région's campuses, as the texts compose it: the recteur and the président
 * du conseil régional (named seats), the representatives of the economic filières, and for each labelled campus of the
 * région its chef d'établissement support and its director — those read from the accounts holding the role today.
 */
public record RegionalCommittee(
        String regionCode,
        String regionName,
        @Nullable String recteurName,
        @Nullable String presidentName,
        long version,
        List<Representative> representatives,
        List<CampusOffices> campuses,
        List<CommitteeMeeting> meetings) {

    public record Representative(long id, String filiereCode, String filiereLabel, String personName,
            @Nullable String organisation) {
    }

    /** A campus's two seats; an empty list is a seat nobody holds on the platform today. */
    public record CampusOffices(long campusId, String campusName, List<String> chefs, List<String> directors) {
    }
}
