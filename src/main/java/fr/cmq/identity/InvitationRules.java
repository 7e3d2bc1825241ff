package fr.cmq.identity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who opens an account for whom, and so who manages it: the national administration anyone, with any role; a pilot
 * the directors, chefs d'établissement support and member contacts of the campuses of its territory, never an
 * expert; a campus's director the contacts of its own campus's members. Nobody grants a role wider than its own.
 * Asked through the guard ({@link Guard#invitations()}).
 */
public class InvitationRules {

    private static final Set<Role> CAMPUS_ROLES = EnumSet.of(Role.DIRECTEUR_OPERATIONNEL,
            Role.CHEF_ETABLISSEMENT_SUPPORT, Role.MEMBER_CONTACT);

    /**
     * May {@code inviter} give {@code grant}, whose campus (for a campus's role) stands at {@code campus}? A campus's
     * role without its campus is given by nobody.
     */
    public boolean mayGrant(@Nullable CmqUser inviter, RoleGrant grant, @Nullable CampusScope campus) {
        if (inviter == null) {
            return false;
        }
        if (inviter.isNationalAdministrator()) {
            return true;
        }
        if (campus == null || grant.campusId() == null || grant.campusId() != campus.campusId()) {
            return false;
        }
        return inviter.grants().stream().anyMatch(own -> switch (own.role()) {
            case PILOTE_ACADEMIQUE, PILOTE_REGIONAL -> CAMPUS_ROLES.contains(grant.role())
                    && own.coversTerritoryOf(campus);
            case DIRECTEUR_OPERATIONNEL -> grant.role() == Role.MEMBER_CONTACT && own.coversCampus(campus);
            case ADMIN_NATIONAL, CHEF_ETABLISSEMENT_SUPPORT, MEMBER_CONTACT, EXPERT -> false;
        });
    }

    /** The roles {@code inviter} gives somewhere, for its forms. */
    public Set<Role> grantable(@Nullable CmqUser inviter) {
        var roles = EnumSet.noneOf(Role.class);
        for (RoleGrant own : inviter == null ? List.<RoleGrant>of() : inviter.grants()) {
            switch (own.role()) {
                case ADMIN_NATIONAL -> roles.addAll(EnumSet.allOf(Role.class));
                case PILOTE_ACADEMIQUE, PILOTE_REGIONAL -> roles.addAll(CAMPUS_ROLES);
                case DIRECTEUR_OPERATIONNEL -> roles.add(Role.MEMBER_CONTACT);
                case CHEF_ETABLISSEMENT_SUPPORT, MEMBER_CONTACT, EXPERT -> {
                }
            }
        }
        return roles;
    }

    /** Whether {@code inviter} opens accounts at all: who sees the accounts' screens. */
    public boolean invitesSomeone(@Nullable CmqUser inviter) {
        return !grantable(inviter).isEmpty();
    }

    /** Where {@code inviter}'s invitations reach, as the accounts' list filters them. */
    public InvitationReach reachOf(@Nullable CmqUser inviter) {
        var academies = new HashSet<String>();
        var regions = new HashSet<String>();
        var directed = new HashSet<Long>();
        boolean everywhere = false;
        for (RoleGrant own : inviter == null ? List.<RoleGrant>of() : inviter.grants()) {
            switch (own.role()) {
                case ADMIN_NATIONAL -> everywhere = true;
                case PILOTE_ACADEMIQUE, PILOTE_REGIONAL -> {
                    if (own.academieCode() != null) {
                        academies.add(own.academieCode());
                    }
                    if (own.regionCode() != null) {
                        regions.add(own.regionCode());
                    }
                }
                case DIRECTEUR_OPERATIONNEL -> {
                    if (own.campusId() != null) {
                        directed.add(own.campusId());
                    }
                }
                case CHEF_ETABLISSEMENT_SUPPORT, MEMBER_CONTACT, EXPERT -> {
                }
            }
        }
        return new InvitationReach(everywhere, academies, regions, directed);
    }

    /**
     * Where an inviter's invitations reach: everywhere, the campus roles of the campuses of its territories as a pilot,
     * the member contacts of the campuses it directs.
     */
    public record InvitationReach(boolean everywhere, Set<String> academieCodes, Set<String> regionCodes,
            Set<Long> directedCampuses) {

        public InvitationReach {
            academieCodes = Set.copyOf(academieCodes);
            regionCodes = Set.copyOf(regionCodes);
            directedCampuses = Set.copyOf(directedCampuses);
        }

        public boolean asPilot() {
            return !academieCodes.isEmpty() || !regionCodes.isEmpty();
        }
    }
}
