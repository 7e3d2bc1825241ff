package fr.cmq.identity.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.GrantPlaces;
import fr.cmq.identity.GrantPlaces.Place;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Role;

/**
 * What an inviter chooses from: the roles it gives, the campuses of its reach, the members of the campus chosen, and
 * (for the national administration) the académies and régions of the pilots.
 */
@Component
@RequiredArgsConstructor
class InvitationChoices {

    private final Guard guard;
    private final GrantPlaces places;

    void addTo(Model model, CmqUser inviter, @Nullable Long campusId) {
        var roles = guard.invitations().grantable(inviter);
        var campuses = campusesOf(inviter);
        model.addAttribute("roles", roles.stream().sorted().toList());
        model.addAttribute("campuses", campuses);
        model.addAttribute("members", campusId != null && campuses.stream().anyMatch(c -> c.id() == campusId)
                ? places.members(campusId) : List.of());
        model.addAttribute("academies", roles.contains(Role.PILOTE_ACADEMIQUE) ? codes(places.academies()) : List.of());
        model.addAttribute("regions", roles.contains(Role.PILOTE_REGIONAL) ? codes(places.regions()) : List.of());
    }

    private List<Place> campusesOf(CmqUser inviter) {
        var reach = guard.invitations().reachOf(inviter);
        Set<Long> ids = new HashSet<>(places.campusesWithin(reach.everywhere(), reach.academieCodes(),
                reach.regionCodes()));
        ids.addAll(reach.directedCampuses());
        return places.campusNames(ids).entrySet().stream().map(e -> new Place(e.getKey(), e.getValue())).toList();
    }

    private static List<Code> codes(Map<String, String> names) {
        return names.entrySet().stream().map(e -> new Code(e.getKey(), e.getValue())).toList();
    }

    /** An académie or a région, by its code and name. */
    record Code(String code, String name) {
    }
}
