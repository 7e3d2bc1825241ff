package fr.cmq.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class CampusAccessTest {

    private final CampusAccess access = new CampusAccess();

    /** Campus 1 in académie Nancy-Metz (12), région Grand Est (44). */
    private final CampusScope energie = new CampusScope(1, Set.of("12"), "44");
    /** Campus 2 in académie Orléans-Tours (18), région Centre-Val de Loire (24). */
    private final CampusScope patmat = new CampusScope(2, Set.of("18"), "24");

    @Test
    void theNationalAdministratorMayDoEverythingEverywhere() {
        var admin = user(RoleGrant.national(Role.ADMIN_NATIONAL));
        for (var action : CampusAction.values()) {
            assertThat(access.may(admin, action, energie)).as(action.name()).isTrue();
            assertThat(access.may(admin, action, patmat)).as(action.name()).isTrue();
        }
    }

    @Test
    void aDirectorRunsTheirOwnCampusAndNoOther() {
        var director = user(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 1));
        assertThat(access.may(director, CampusAction.READ_PRIVATE, energie)).isTrue();
        assertThat(access.may(director, CampusAction.EDIT, energie)).isTrue();
        assertThat(access.may(director, CampusAction.SIGN_OFF, energie)).isFalse();
        assertThat(access.may(director, CampusAction.EDIT_AS_PILOT, energie)).isFalse();
        assertThat(access.may(director, CampusAction.DELETE, energie)).isFalse();
        for (var action : CampusAction.values()) {
            assertThat(access.may(director, action, patmat)).as(action.name()).isFalse();
        }
    }

    @Test
    void theChefOfTheSupportEstablishmentAlsoSignsOff() {
        var chef = user(RoleGrant.campus(Role.CHEF_ETABLISSEMENT_SUPPORT, 1));
        assertThat(access.may(chef, CampusAction.SIGN_OFF, energie)).isTrue();
        assertThat(access.may(chef, CampusAction.EDIT, energie)).isTrue();
        assertThat(access.may(chef, CampusAction.SIGN_OFF, patmat)).isFalse();
    }

    @Test
    void pilotsSeeTheCampusesOfTheirTerritoryOnly() {
        var academic = user(RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "12"));
        var regional = user(RoleGrant.region(Role.PILOTE_REGIONAL, "24"));

        assertThat(access.may(academic, CampusAction.READ_PRIVATE, energie)).isTrue();
        assertThat(access.may(academic, CampusAction.EDIT_AS_PILOT, energie)).isTrue();
        assertThat(access.may(academic, CampusAction.EDIT, energie)).isFalse();
        assertThat(access.may(academic, CampusAction.READ_PRIVATE, patmat)).isFalse();

        assertThat(access.may(regional, CampusAction.READ_PRIVATE, patmat)).isTrue();
        assertThat(access.may(regional, CampusAction.READ_PRIVATE, energie)).isFalse();
    }

    @Test
    void aSignatureBelongsToItsOfficeNotToTheAdministration() {
        var admin = user(RoleGrant.national(Role.ADMIN_NATIONAL));
        var chef = user(RoleGrant.campus(Role.CHEF_ETABLISSEMENT_SUPPORT, 1));
        var academic = user(RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "12"));
        assertThat(access.holds(chef, Role.CHEF_ETABLISSEMENT_SUPPORT, energie)).isTrue();
        assertThat(access.holds(chef, Role.CHEF_ETABLISSEMENT_SUPPORT, patmat)).isFalse();
        assertThat(access.holds(admin, Role.CHEF_ETABLISSEMENT_SUPPORT, energie)).isFalse();
        assertThat(access.holds(academic, Role.PILOTE_ACADEMIQUE, energie)).isTrue();
        assertThat(access.holds(academic, Role.PILOTE_REGIONAL, energie)).isFalse();
        assertThat(access.holds(academic, Role.PILOTE_ACADEMIQUE, patmat)).isFalse();
        assertThat(access.holds(null, Role.ADMIN_NATIONAL, energie)).isFalse();
    }

    @Test
    void theCampusesAUserReadsAreWhatItsRolesCover() {
        assertThat(access.readableBy(user(RoleGrant.national(Role.ADMIN_NATIONAL))).everywhere()).isTrue();
        var readable = access.readableBy(user(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 1),
                RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "12"), RoleGrant.region(Role.PILOTE_REGIONAL, "24"),
                RoleGrant.organisation(3, 9), RoleGrant.national(Role.EXPERT)));
        assertThat(readable).isEqualTo(new ReadableCampuses(false, Set.of(1L), Set.of("12"), Set.of("24")));
        assertThat(access.readableBy(null)).isEqualTo(new ReadableCampuses(false, Set.of(), Set.of(), Set.of()));
        assertThat(access.isExpert(user(RoleGrant.national(Role.EXPERT)))).isTrue();
        assertThat(access.isExpert(user(RoleGrant.national(Role.ADMIN_NATIONAL)))).isFalse();
    }

    @Test
    void aCampusOverSeveralAcademiesIsSeenFromEachOfThem() {
        var both = new CampusScope(3, Set.of("12", "18"), "44");
        assertThat(access.may(user(RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "18")), CampusAction.READ_PRIVATE, both))
                .isTrue();
    }

    @Test
    void expertsAndVisitorsGetNothingOnACampusAMemberContactBringsItsShareOnly() {
        var expert = user(RoleGrant.national(Role.EXPERT));
        var contact = user(RoleGrant.organisation(1, 7));
        var elsewhere = user(RoleGrant.organisation(2, 7));
        for (var action : CampusAction.values()) {
            assertThat(access.may(expert, action, energie)).isFalse();
            assertThat(access.may(null, action, energie)).isFalse();
            assertThat(access.may(elsewhere, action, energie)).isFalse();
            assertThat(access.may(contact, action, energie)).isEqualTo(action == CampusAction.CONTRIBUTE);
        }
    }

    @Test
    void aMemberContactEditsItsOwnOrganisationOnly() {
        var contact = user(RoleGrant.organisation(1, 7));
        assertThat(access.mayEditOrganisation(contact, 1, 7)).isTrue();
        assertThat(access.mayEditOrganisation(contact, 1, 8)).isFalse();
        assertThat(access.mayEditOrganisation(contact, 2, 7)).isFalse();
        assertThat(access.mayEditOrganisation(user(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 1)), 1, 7)).isFalse();
        assertThat(access.mayEditOrganisation(null, 1, 7)).isFalse();
    }

    @Test
    void checkRefusesWithAnAccessDeniedError() {
        var director = user(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 1));
        access.check(director, CampusAction.EDIT, energie);
        assertThatThrownBy(() -> access.check(director, CampusAction.EDIT, patmat))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRegionsComiteIsKeptByItsPilotsAndReadByTheTeamsOfItsCampuses() {
        var grandEst = new RegionScope("44", Set.of("12", "22", "23"));
        LongPredicate inGrandEst = campusId -> campusId == 1;
        var keepers = List.of(user(RoleGrant.national(Role.ADMIN_NATIONAL)),
                user(RoleGrant.region(Role.PILOTE_REGIONAL, "44")), user(RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "12")));
        for (var keeper : keepers) {
            assertThat(access.may(keeper, RegionAction.KEEP, grandEst, inGrandEst)).isTrue();
        }
        for (var team : List.of(user(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 1)),
                user(RoleGrant.campus(Role.CHEF_ETABLISSEMENT_SUPPORT, 1)))) {
            assertThat(access.may(team, RegionAction.READ, grandEst, inGrandEst)).isTrue();
            assertThat(access.may(team, RegionAction.KEEP, grandEst, inGrandEst)).isFalse();
        }
        var outsiders = List.of(user(RoleGrant.region(Role.PILOTE_REGIONAL, "24")),
                user(RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "18")), user(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 2)),
                user(RoleGrant.organisation(1, 7)), user(RoleGrant.national(Role.EXPERT)));
        for (var outsider : outsiders) {
            assertThat(access.may(outsider, RegionAction.READ, grandEst, inGrandEst)).as(outsider.grants().toString())
                    .isFalse();
        }
        assertThat(access.may(null, RegionAction.READ, grandEst, inGrandEst)).isFalse();
    }

    private static CmqUser user(RoleGrant... grants) {
        return new CmqUser(1, "someone@cmq.test", "Someone", null, true, List.of(grants));
    }
}
