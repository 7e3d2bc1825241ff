package fr.cmq.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import fr.cmq.shared.NotFoundException;

class GuardTest {

    private static final CampusScope ENERGIE = new CampusScope(1, Set.of("12"), "44");

    private final Guard guard = new Guard(new CampusAccess(),
            id -> id == ENERGIE.campusId() ? Optional.of(ENERGIE) : Optional.empty());

    @Test
    void aCampusThatDoesNotExistIsNotFoundForEveryoneBeforeAnyRefusal() {
        for (var user : List.of(user(RoleGrant.national(Role.ADMIN_NATIONAL)), user(RoleGrant.organisation(1, 7)))) {
            assertThatThrownBy(() -> guard.require(user, 99, CampusAction.READ_PRIVATE))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> guard.require(null, 99, CampusAction.EDIT)).isInstanceOf(NotFoundException.class);
        assertThat(guard.may(user(RoleGrant.national(Role.ADMIN_NATIONAL)), CampusAction.EDIT, 99)).isFalse();
    }

    @Test
    void oneOfTheActionsIsEnough() {
        var contact = user(RoleGrant.organisation(1, 7));
        assertThatThrownBy(() -> guard.require(contact, 1, CampusAction.READ_PRIVATE))
                .isInstanceOf(AccessDeniedException.class);
        guard.require(contact, 1, CampusAction.READ_PRIVATE, CampusAction.CONTRIBUTE);
    }

    @Test
    void anOrganisationIsKeptByItsContactOrByTheCampusTeam() {
        var contact = user(RoleGrant.organisation(1, 7));
        guard.requireActsFor(contact, ENERGIE, 7);
        assertThatThrownBy(() -> guard.requireActsFor(contact, ENERGIE, 8)).isInstanceOf(AccessDeniedException.class);
        guard.requireActsFor(user(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 1)), ENERGIE, 8);
    }

    @Test
    void aSignatureBelongsToItsOfficeNotToTheNationalAdministration() {
        guard.requireOffice(user(RoleGrant.campus(Role.CHEF_ETABLISSEMENT_SUPPORT, 1)), ENERGIE,
                Role.CHEF_ETABLISSEMENT_SUPPORT);
        guard.requireOffice(user(RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "12")), ENERGIE, Role.PILOTE_ACADEMIQUE,
                Role.PILOTE_REGIONAL);
        assertThatThrownBy(() -> guard.requireOffice(user(RoleGrant.national(Role.ADMIN_NATIONAL)), ENERGIE,
                Role.CHEF_ETABLISSEMENT_SUPPORT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.requireOffice(user(RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "99")), ENERGIE,
                Role.PILOTE_ACADEMIQUE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRecordItsModuleOpensToSomeoneElseNeedsNothingMoreOnTheCampus() {
        var expert = user(RoleGrant.national(Role.EXPERT));
        guard.require(expert, ENERGIE, true, CampusAction.READ_PRIVATE);
        assertThatThrownBy(() -> guard.require(expert, ENERGIE, false, CampusAction.READ_PRIVATE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.refuseUnless(false, "Dossier 3 : il ne s'écrit plus"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Dossier 3 : il ne s'écrit plus");
        guard.refuseUnless(true, "jamais dit");
    }

    @Test
    void theNationalAdministrationAloneAdministersNationally() {
        guard.requireNationalAdministration(user(RoleGrant.national(Role.ADMIN_NATIONAL)));
        assertThatThrownBy(() -> guard.requireNationalAdministration(user(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL,
                1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard.requireNationalAdministration(null)).isInstanceOf(AccessDeniedException.class);
    }

    private static CmqUser user(RoleGrant grant) {
        return new CmqUser(1, "someone@cmq.test", "Someone", null, true, List.of(grant));
    }
}
