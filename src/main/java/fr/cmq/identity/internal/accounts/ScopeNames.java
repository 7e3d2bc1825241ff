package fr.cmq.identity.internal.accounts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.cmq.identity.GrantPlaces;
import fr.cmq.identity.RoleGrant;

/** The scopes of grants said by their names: "Campus Énergie et maintenance — Lycée Loritz", "Académie de Nancy-Metz". */
@Component
@RequiredArgsConstructor
class ScopeNames {

    private final GrantPlaces places;

    Set<Long> campusesOf(String academieCode) {
        return places.campusesWithin(false, Set.of(academieCode), Set.of());
    }

    /** The names of the scopes of these grants, read in a few queries whatever their number. */
    Named of(List<RoleGrant> grants) {
        var campuses = places.campusNames(grants.stream().map(RoleGrant::campusId).filter(Objects::nonNull)
                .distinct().toList());
        var members = places.memberNames(grants.stream().map(RoleGrant::organisationId).filter(Objects::nonNull)
                .distinct().toList());
        boolean territories = grants.stream().anyMatch(g -> g.academieCode() != null || g.regionCode() != null);
        return new Named(campuses, members, territories ? places.academies() : Map.of(),
                territories ? places.regions() : Map.of());
    }

    record Named(Map<Long, String> campuses, Map<Long, String> members, Map<String, String> academies,
            Map<String, String> regions) {

        String name(RoleGrant grant) {
            if (grant.organisationId() != null) {
                return campuses.getOrDefault(grant.campusId(), "Campus " + grant.campusId()) + " — "
                        + members.getOrDefault(grant.organisationId(), "membre " + grant.organisationId());
            }
            if (grant.campusId() != null) {
                return campuses.getOrDefault(grant.campusId(), "Campus " + grant.campusId());
            }
            if (grant.academieCode() != null) {
                return "Académie " + academies.getOrDefault(grant.academieCode(), grant.academieCode());
            }
            if (grant.regionCode() != null) {
                return "Région " + regions.getOrDefault(grant.regionCode(), grant.regionCode());
            }
            return "National";
        }
    }
}
