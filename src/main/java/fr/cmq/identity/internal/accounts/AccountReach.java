package fr.cmq.identity.internal.accounts;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.GrantPlaces;
import fr.cmq.identity.Guard;
import fr.cmq.identity.InvitationRules;
import fr.cmq.identity.RoleGrant;

/**
 * Which accounts a person sees and manages, read from {@link InvitationRules}: it sees an account one of whose grants
 * it may give, and manages one each of whose grants it may give.
 */
@Component
@RequiredArgsConstructor
class AccountReach {

    private final Guard guard;
    private final GrantPlaces places;

    boolean mayGrant(CmqUser viewer, RoleGrant grant) {
        return guard.mayGrant(viewer, grant);
    }

    boolean sees(CmqUser viewer, List<RoleGrant> grants) {
        return viewer.isNationalAdministrator() || grants.stream().anyMatch(grant -> mayGrant(viewer, grant));
    }

    boolean manages(CmqUser viewer, List<RoleGrant> grants) {
        return viewer.isNationalAdministrator()
                || (!grants.isEmpty() && grants.stream().allMatch(grant -> mayGrant(viewer, grant)));
    }

    /** The SQL condition on {@code a} (user_account) of the accounts {@code viewer} sees, its parameters put. */
    String visibleTo(CmqUser viewer, Map<String, Object> params) {
        var reach = guard.invitations().reachOf(viewer);
        if (reach.everywhere()) {
            return "true";
        }
        params.put("pilotCampuses", places.campusesWithin(false, reach.academieCodes(), reach.regionCodes())
                .toArray(Long[]::new));
        params.put("directedCampuses", reach.directedCampuses().toArray(Long[]::new));
        return "exists (select 1 from role_assignment v where v.user_account_id = a.id and ("
                + "(v.role in ('DIRECTEUR_OPERATIONNEL', 'CHEF_ETABLISSEMENT_SUPPORT', 'MEMBER_CONTACT')"
                + " and v.campus_id = any(:pilotCampuses))"
                + " or (v.role = 'MEMBER_CONTACT' and v.campus_id = any(:directedCampuses))))";
    }
}
