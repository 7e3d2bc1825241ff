package fr.cmq.identity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one answer to "may this user do that on this campus". Every module asks here before it reads private data of a
 * campus or writes anything to it; none re-implements the rules.
 */
@Component
public class CampusAccess {

    private static final Set<CampusAction> CAMPUS_TEAM = EnumSet.of(CampusAction.READ_PRIVATE, CampusAction.EDIT,
            CampusAction.CONTRIBUTE);
    private static final Set<CampusAction> PILOTS = EnumSet.of(CampusAction.READ_PRIVATE, CampusAction.EDIT_AS_PILOT);

    public boolean may(@Nullable CmqUser user, CampusAction action, CampusScope campus) {
        if (user == null) {
            return false;
        }
        return user.grants().stream().anyMatch(grant -> allows(grant, action, campus));
    }

    /** @throws AccessDeniedException when the user may not, answered as 403 */
    public void check(@Nullable CmqUser user, CampusAction action, CampusScope campus) {
        if (!may(user, action, campus)) {
            throw new AccessDeniedException("Action " + action + " refusée sur le campus " + campus.campusId());
        }
    }

    /**
     * A campus is created by the national administration, or by a pilot wholly inside its territory (the campus's
     * académies belonging to its région is a rule of the campus itself).
     */
    public boolean mayCreate(@Nullable CmqUser user, CampusScope campus) {
        if (user == null) {
            return false;
        }
        return user.grants().stream().anyMatch(grant -> switch (grant.role()) {
            case ADMIN_NATIONAL -> true;
            case PILOTE_ACADEMIQUE, PILOTE_REGIONAL -> grant.coversWholeTerritoryOf(campus);
            case DIRECTEUR_OPERATIONNEL, CHEF_ETABLISSEMENT_SUPPORT, MEMBER_CONTACT, EXPERT -> false;
        });
    }

    /** The national administration, or a pilot: someone who may create a campus somewhere. */
    public boolean mayCreateSomewhere(@Nullable CmqUser user) {
        return user != null && user.grants().stream().anyMatch(grant -> switch (grant.role()) {
            case ADMIN_NATIONAL, PILOTE_ACADEMIQUE, PILOTE_REGIONAL -> true;
            case DIRECTEUR_OPERATIONNEL, CHEF_ETABLISSEMENT_SUPPORT, MEMBER_CONTACT, EXPERT -> false;
        });
    }

    /**
     * The user holds this role for the campus: its team's roles on the campus itself, a pilot's on the campus's
     * territory, a national role anywhere. For the acts that belong to one person's office (a signature, a
     * co-signature), where {@link #may} would also let the national administration through.
     */
    public boolean holds(@Nullable CmqUser user, Role role, CampusScope campus) {
        if (user == null) {
            return false;
        }
        return user.grants().stream().filter(grant -> grant.role() == role).anyMatch(grant -> switch (role) {
            case ADMIN_NATIONAL, EXPERT -> true;
            case PILOTE_ACADEMIQUE, PILOTE_REGIONAL -> grant.coversTerritoryOf(campus);
            case DIRECTEUR_OPERATIONNEL, CHEF_ETABLISSEMENT_SUPPORT -> grant.coversCampus(campus);
            case MEMBER_CONTACT -> grant.campusId() != null && grant.campusId() == campus.campusId();
        });
    }

    /** The campuses whose private data this user reads ({@link CampusAction#READ_PRIVATE}), for a list's SQL. */
    public ReadableCampuses readableBy(@Nullable CmqUser user) {
        var campusIds = new HashSet<Long>();
        var academies = new HashSet<String>();
        var regions = new HashSet<String>();
        boolean everywhere = false;
        for (RoleGrant grant : user == null ? List.<RoleGrant>of() : user.grants()) {
            switch (grant.role()) {
                case ADMIN_NATIONAL -> everywhere = true;
                case DIRECTEUR_OPERATIONNEL, CHEF_ETABLISSEMENT_SUPPORT -> {
                    if (grant.campusId() != null) {
                        campusIds.add(grant.campusId());
                    }
                }
                case PILOTE_ACADEMIQUE, PILOTE_REGIONAL -> {
                    if (grant.academieCode() != null) {
                        academies.add(grant.academieCode());
                    }
                    if (grant.regionCode() != null) {
                        regions.add(grant.regionCode());
                    }
                }
                case MEMBER_CONTACT, EXPERT -> {
                }
            }
        }
        return new ReadableCampuses(everywhere, campusIds, academies, regions);
    }

    /** An expert of the label's reviews: what it reads is what it is assigned, said by the labelling module. */
    public boolean isExpert(@Nullable CmqUser user) {
        return user != null && user.has(Role.EXPERT);
    }

    /**
     * What a région holds in common: kept by the national administration and the pilots of the région or of one of its
     * académies; read besides by the team of a campus of the région, told by {@code inRegion}.
     */
    public boolean may(@Nullable CmqUser user, RegionAction action, RegionScope region, LongPredicate inRegion) {
        return user != null && user.grants().stream().anyMatch(grant -> switch (grant.role()) {
            case ADMIN_NATIONAL -> true;
            case PILOTE_REGIONAL -> region.regionCode().equals(grant.regionCode());
            case PILOTE_ACADEMIQUE -> grant.academieCode() != null && region.academieCodes().contains(grant.academieCode());
            case DIRECTEUR_OPERATIONNEL, CHEF_ETABLISSEMENT_SUPPORT -> action == RegionAction.READ
                    && grant.campusId() != null && inRegion.test(grant.campusId());
            case MEMBER_CONTACT, EXPERT -> false;
        });
    }

    /** A member contact keeps its own organisation's details, and only those. */
    public boolean mayEditOrganisation(@Nullable CmqUser user, long campusId, long organisationId) {
        if (user == null) {
            return false;
        }
        return user.has(Role.ADMIN_NATIONAL) || user.grants().stream().anyMatch(grant -> grant.role() == Role.MEMBER_CONTACT
                && grant.campusId() != null && grant.campusId() == campusId
                && grant.organisationId() != null && grant.organisationId() == organisationId);
    }

    private static boolean allows(RoleGrant grant, CampusAction action, CampusScope campus) {
        return switch (grant.role()) {
            case ADMIN_NATIONAL -> true;
            case DIRECTEUR_OPERATIONNEL -> grant.coversCampus(campus) && CAMPUS_TEAM.contains(action);
            case CHEF_ETABLISSEMENT_SUPPORT -> grant.coversCampus(campus)
                    && (CAMPUS_TEAM.contains(action) || action == CampusAction.SIGN_OFF);
            case PILOTE_ACADEMIQUE, PILOTE_REGIONAL -> grant.coversTerritoryOf(campus) && PILOTS.contains(action);
            case MEMBER_CONTACT -> action == CampusAction.CONTRIBUTE && grant.campusId() != null
                    && grant.campusId() == campus.campusId();
            case EXPERT -> false;
        };
    }
}
