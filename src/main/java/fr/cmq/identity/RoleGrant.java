package fr.cmq.identity;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * One role held on one scope. Which of the scope fields is set depends on the role: none for the national
 * administrator and experts, a région code for a regional pilot, an académie code for an academic pilot, a campus
 * for its director and its chef d'établissement, a campus and an organisation for a member contact.
 */
public record RoleGrant(
        Role role,
        @Nullable Long campusId,
        @Nullable String academieCode,
        @Nullable String regionCode,
        @Nullable Long organisationId) implements Serializable {

    public static RoleGrant national(Role role) {
        return new RoleGrant(role, null, null, null, null);
    }

    public static RoleGrant region(Role role, String regionCode) {
        return new RoleGrant(role, null, null, regionCode, null);
    }

    public static RoleGrant academie(Role role, String academieCode) {
        return new RoleGrant(role, null, academieCode, null, null);
    }

    public static RoleGrant campus(Role role, long campusId) {
        return new RoleGrant(role, campusId, null, null, null);
    }

    public static RoleGrant organisation(long campusId, long organisationId) {
        return new RoleGrant(Role.MEMBER_CONTACT, campusId, null, null, organisationId);
    }

    boolean coversCampus(CampusScope campus) {
        return campusId != null && campusId == campus.campusId();
    }

    /** The whole territory of the campus is in this pilot's: each of its académies, or its région. */
    boolean coversWholeTerritoryOf(CampusScope campus) {
        return (academieCode != null && !campus.academieCodes().isEmpty()
                && campus.academieCodes().stream().allMatch(academieCode::equals))
                || (regionCode != null && regionCode.equals(campus.regionCode()));
    }

    boolean coversTerritoryOf(CampusScope campus) {
        return (academieCode != null && campus.academieCodes().contains(academieCode))
                || (regionCode != null && regionCode.equals(campus.regionCode()));
    }
}
