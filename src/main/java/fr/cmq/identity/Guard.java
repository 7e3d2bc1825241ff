package fr.cmq.identity;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.cmq.shared.NotFoundException;

/**
 * The one door: may this user do that on the campus known by this id, and the same question enforced. A campus that
 * does not exist is a 404 before anything else; a refusal is the house's 403. Handlers ask through {@link Requires}
 * before they run; services ask here when what they guard is known only once a row is read.
 */
@Component
public class Guard {

    private final CampusAccess access;
    private final CampusScopes campuses;
    private final RegionScopes regions;
    private final InvitationRules invitations = new InvitationRules();

    public Guard(CampusAccess access, CampusScopes campuses, RegionScopes regions) {
        this.access = access;
        this.campuses = campuses;
        this.regions = regions;
    }

    /** Without the module that keeps the régions' bodies, no région exists: every région check is a 404. */
    public Guard(CampusAccess access, CampusScopes campuses) {
        this(access, campuses, NO_REGION);
    }

    /** Without the module that keeps campuses (a module's own test), no campus exists: every campus check is a 404. */
    @Autowired
    Guard(CampusAccess access, ObjectProvider<CampusScopes> campuses, ObjectProvider<RegionScopes> regions) {
        this(access, campuses.getIfAvailable(() -> id -> Optional.empty()), regions.getIfAvailable(() -> NO_REGION));
    }

    private static final RegionScopes NO_REGION = new RegionScopes() {
        @Override
        public Optional<RegionScope> scope(String regionCode) {
            return Optional.empty();
        }

        @Override
        public Optional<String> regionOfCampus(long campusId) {
            return Optional.empty();
        }
    };

    /** False when the campus does not exist, as when the user may not. */
    public boolean may(@Nullable CmqUser user, CampusAction action, long campusId) {
        return campuses.scope(campusId).map(scope -> access.may(user, action, scope)).orElse(false);
    }

    /** For a campus already read. */
    public boolean may(@Nullable CmqUser user, CampusAction action, CampusScope campus) {
        return access.may(user, action, campus);
    }

    /** @throws NotFoundException when there is no such campus; AccessDeniedException when the user holds none */
    public void require(@Nullable CmqUser user, long campusId, CampusAction... anyOf) {
        require(user, campuses.scope(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable")), anyOf);
    }

    /** For a campus already read: @throws AccessDeniedException when the user holds none of the actions */
    public void require(@Nullable CmqUser user, CampusScope campus, CampusAction... anyOf) {
        for (CampusAction action : anyOf) {
            if (access.may(user, action, campus)) {
                return;
            }
        }
        throw new AccessDeniedException("Campus " + campus.campusId() + " : " + Arrays.toString(anyOf) + " refusé");
    }

    /** Before the creation form: only those who may create a campus somewhere see it. */
    public void requireCreator(@Nullable CmqUser user) {
        if (!access.mayCreateSomewhere(user)) {
            throw new AccessDeniedException("Création de campus réservée à l'administration nationale et aux pilotes");
        }
    }

    /** @throws AccessDeniedException unless {@link CampusAccess#mayCreate} says yes */
    public void requireCreate(@Nullable CmqUser user, CampusScope campus) {
        if (!access.mayCreate(user, campus)) {
            throw new AccessDeniedException("Création de campus hors de votre périmètre");
        }
    }

    /**
     * For a record its module opens to someone besides the campus's own (an expert assigned to a dossier): the actions
     * on the campus, unless the module's rule on the record already grants it.
     *
     * @throws AccessDeniedException when neither does
     */
    public void require(@Nullable CmqUser user, CampusScope campus, boolean grantedOnTheRecord,
            CampusAction... anyOf) {
        if (!grantedOnTheRecord) {
            require(user, campus, anyOf);
        }
    }

    /**
     * One of these offices held for the campus — an act that belongs to one person's office, a signature: see
     * {@link CampusAccess#holds}.
     *
     * @throws AccessDeniedException for anyone else, the national administration included
     */
    public void requireOffice(@Nullable CmqUser user, CampusScope campus, Role... offices) {
        for (Role office : offices) {
            if (access.holds(user, office, campus)) {
                return;
            }
        }
        throw new AccessDeniedException("Campus " + campus.campusId() + " : " + Arrays.toString(offices)
                + " seulement");
    }

    /**
     * A refusal a module's own rule decides on one of its records (a dossier no longer written), answered as every
     * other refusal.
     *
     * @throws AccessDeniedException when {@code allowed} is false, saying {@code why}
     */
    public void refuseUnless(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }

    /** The contact of this member organisation (or the national administration): who speaks for it. */
    public boolean isContactOf(@Nullable CmqUser user, long campusId, long organisationId) {
        return access.mayEditOrganisation(user, campusId, organisationId);
    }

    /** The campus's team, or the contact of this member organisation: who keeps what the organisation brings. */
    public boolean actsFor(@Nullable CmqUser user, CampusScope campus, long organisationId) {
        return access.mayEditOrganisation(user, campus.campusId(), organisationId)
                || access.may(user, CampusAction.EDIT, campus);
    }

    /** @throws AccessDeniedException when neither the campus's team nor the organisation's contact */
    public void requireActsFor(@Nullable CmqUser user, CampusScope campus, long organisationId) {
        if (!actsFor(user, campus, organisationId)) {
            throw new AccessDeniedException("Campus " + campus.campusId() + " : organisation " + organisationId
                    + " hors de votre périmètre");
        }
    }

    /** Grids, campaigns, the pool of experts, the national catalogues: the national administration's. */
    public boolean administersNationally(@Nullable CmqUser user) {
        return user != null && user.isNationalAdministrator();
    }

    /** @throws AccessDeniedException for anyone but the national administration */
    public void requireNationalAdministration(@Nullable CmqUser user) {
        if (!administersNationally(user)) {
            throw new AccessDeniedException("Réservé à l'administration nationale");
        }
    }

    /** The user holds this role for the campus, for the acts of one person's office: see {@link CampusAccess#holds}. */
    public boolean holds(@Nullable CmqUser user, Role role, CampusScope campus) {
        return access.holds(user, role, campus);
    }

    /** Who opens which accounts. */
    public InvitationRules invitations() {
        return invitations;
    }

    /**
     * May this user give this grant: {@link InvitationRules} on the grant's campus as it stands, read only when the
     * answer depends on it.
     */
    public boolean mayGrant(@Nullable CmqUser user, RoleGrant grant) {
        if (user == null || grant.campusId() == null || user.isNationalAdministrator()) {
            return invitations.mayGrant(user, grant, null);
        }
        return invitations.mayGrant(user, grant, campuses.scope(grant.campusId()).orElse(null));
    }

    /** @throws AccessDeniedException when the user may not give this grant */
    public void requireGrant(@Nullable CmqUser user, RoleGrant grant) {
        if (!mayGrant(user, grant)) {
            throw new AccessDeniedException("Rôle " + grant.role() + " hors de votre périmètre");
        }
    }

    /** Before the accounts' screens: only those who open accounts somewhere see them. */
    public void requireInviter(@Nullable CmqUser user) {
        if (!invitations.invitesSomeone(user)) {
            throw new AccessDeniedException("Les comptes sont ouverts par l'administration nationale, les pilotes"
                    + " et les directions opérationnelles");
        }
    }

    /** The national administration, or a pilot of a région or an académie: those who see a territory's dashboard. */
    public boolean seesTerritory(@Nullable CmqUser user) {
        var readable = access.readableBy(user);
        return readable.everywhere() || !readable.regionCodes().isEmpty() || !readable.academieCodes().isEmpty();
    }

    public void requireTerritoryView(@Nullable CmqUser user) {
        if (!seesTerritory(user)) {
            throw new AccessDeniedException("Le pilotage est réservé à l'administration nationale et aux pilotes");
        }
    }

    /** False when the région does not exist, as when the user may not. */
    public boolean may(@Nullable CmqUser user, RegionAction action, String regionCode) {
        return regions.scope(regionCode).map(region -> mayOn(user, action, region)).orElse(false);
    }

    /** @throws NotFoundException when there is no such région; AccessDeniedException when the user may not */
    public void require(@Nullable CmqUser user, RegionAction action, String regionCode) {
        var region = regions.scope(regionCode)
                .orElseThrow(() -> new NotFoundException("Région " + regionCode + " introuvable"));
        refuseUnless(mayOn(user, action, region), "Région " + regionCode + " : " + action + " refusé");
    }

    /** For a list of régions already read, {@code inRegion} telling where the user's campuses are. */
    public boolean may(@Nullable CmqUser user, RegionAction action, RegionScope region, LongPredicate inRegion) {
        return access.may(user, action, region, inRegion);
    }

    private boolean mayOn(@Nullable CmqUser user, RegionAction action, RegionScope region) {
        return access.may(user, action, region,
                campusId -> regions.regionOfCampus(campusId).filter(region.regionCode()::equals).isPresent());
    }

    /** The campuses whose private data this user reads, for a list's SQL. */
    public ReadableCampuses readableBy(@Nullable CmqUser user) {
        return access.readableBy(user);
    }

    /** An expert of the label's reviews; what it reads is what it is assigned, said by the labelling module. */
    public boolean isExpert(@Nullable CmqUser user) {
        return access.isExpert(user);
    }
}
