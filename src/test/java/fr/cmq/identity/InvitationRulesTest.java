package fr.cmq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table of who opens an account for whom, row by row: the inviter's role, the role given, on which campus (1 in
 * the inviter's territory or directed by it, 2 elsewhere), and the answer.
 */
class InvitationRulesTest {

    private final InvitationRules rules = new InvitationRules();

    /** Campus 1 in académie Nancy-Metz (12), région Grand Est (44); campus 2 in Orléans-Tours (18), Centre-Val de Loire (24). */
    private static final Map<Long, CampusScope> CAMPUSES = Map.of(
            1L, new CampusScope(1, Set.of("12"), "44"),
            2L, new CampusScope(2, Set.of("18"), "24"));

    @ParameterizedTest(name = "{0} gives {1} on campus {2}: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            ADMIN_NATIONAL,             ADMIN_NATIONAL,             -, true
            ADMIN_NATIONAL,             EXPERT,                     -, true
            ADMIN_NATIONAL,             PILOTE_REGIONAL,            -, true
            ADMIN_NATIONAL,             PILOTE_ACADEMIQUE,          -, true
            ADMIN_NATIONAL,             DIRECTEUR_OPERATIONNEL,     2, true
            ADMIN_NATIONAL,             MEMBER_CONTACT,             2, true
            PILOTE_ACADEMIQUE,          DIRECTEUR_OPERATIONNEL,     1, true
            PILOTE_ACADEMIQUE,          CHEF_ETABLISSEMENT_SUPPORT, 1, true
            PILOTE_ACADEMIQUE,          MEMBER_CONTACT,             1, true
            PILOTE_ACADEMIQUE,          DIRECTEUR_OPERATIONNEL,     2, false
            PILOTE_ACADEMIQUE,          MEMBER_CONTACT,             2, false
            PILOTE_ACADEMIQUE,          EXPERT,                     -, false
            PILOTE_ACADEMIQUE,          PILOTE_ACADEMIQUE,          -, false
            PILOTE_ACADEMIQUE,          ADMIN_NATIONAL,             -, false
            PILOTE_REGIONAL,            DIRECTEUR_OPERATIONNEL,     1, true
            PILOTE_REGIONAL,            CHEF_ETABLISSEMENT_SUPPORT, 2, false
            PILOTE_REGIONAL,            EXPERT,                     -, false
            PILOTE_REGIONAL,            PILOTE_REGIONAL,            -, false
            DIRECTEUR_OPERATIONNEL,     MEMBER_CONTACT,             1, true
            DIRECTEUR_OPERATIONNEL,     MEMBER_CONTACT,             2, false
            DIRECTEUR_OPERATIONNEL,     DIRECTEUR_OPERATIONNEL,     1, false
            DIRECTEUR_OPERATIONNEL,     CHEF_ETABLISSEMENT_SUPPORT, 1, false
            DIRECTEUR_OPERATIONNEL,     EXPERT,                     -, false
            CHEF_ETABLISSEMENT_SUPPORT, MEMBER_CONTACT,             1, false
            MEMBER_CONTACT,             MEMBER_CONTACT,             1, false
            EXPERT,                     EXPERT,                     -, false
            """)
    void whoGivesWhichRoleWhere(Role inviterRole, Role given, @Nullable Long campus, boolean allowed) {
        var inviter = holder(inviterRole);
        var grant = grant(given, campus);
        assertThat(rules.mayGrant(inviter, grant, campus == null ? null : CAMPUSES.get(campus))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(textBlock = """
            ADMIN_NATIONAL,             ADMIN_NATIONAL PILOTE_REGIONAL PILOTE_ACADEMIQUE DIRECTEUR_OPERATIONNEL CHEF_ETABLISSEMENT_SUPPORT MEMBER_CONTACT EXPERT
            PILOTE_REGIONAL,            DIRECTEUR_OPERATIONNEL CHEF_ETABLISSEMENT_SUPPORT MEMBER_CONTACT
            PILOTE_ACADEMIQUE,          DIRECTEUR_OPERATIONNEL CHEF_ETABLISSEMENT_SUPPORT MEMBER_CONTACT
            DIRECTEUR_OPERATIONNEL,     MEMBER_CONTACT
            CHEF_ETABLISSEMENT_SUPPORT, ''
            MEMBER_CONTACT,             ''
            EXPERT,                     ''
            """)
    void theRolesEachOneGives(Role inviterRole, String roles) {
        var expected = roles.isBlank() ? Set.<Role>of()
                : Arrays.stream(roles.split(" ")).map(Role::valueOf).collect(Collectors.toSet());
        assertThat(rules.grantable(holder(inviterRole))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rules.invitesSomeone(holder(inviterRole))).isEqualTo(!expected.isEmpty());
    }

    @Test
    void aCampusRoleWhoseCampusIsNotTheOneReadIsGivenByNoPilot() {
        var pilot = holder(Role.PILOTE_ACADEMIQUE);
        assertThat(rules.mayGrant(pilot, RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 2), CAMPUSES.get(1L))).isFalse();
        assertThat(rules.mayGrant(null, RoleGrant.national(Role.EXPERT), null)).isFalse();
    }

    private static CmqUser holder(Role role) {
        var grant = switch (role) {
            case ADMIN_NATIONAL, EXPERT -> RoleGrant.national(role);
            case PILOTE_REGIONAL -> RoleGrant.region(role, "44");
            case PILOTE_ACADEMIQUE -> RoleGrant.academie(role, "12");
            case DIRECTEUR_OPERATIONNEL, CHEF_ETABLISSEMENT_SUPPORT -> RoleGrant.campus(role, 1);
            case MEMBER_CONTACT -> RoleGrant.organisation(1, 10);
        };
        return new CmqUser(7, "inviter@cmq.test", "Inviter", "x", true, List.of(grant));
    }

    private static RoleGrant grant(Role role, @Nullable Long campus) {
        return switch (role) {
            case ADMIN_NATIONAL, EXPERT -> RoleGrant.national(role);
            case PILOTE_REGIONAL -> RoleGrant.region(role, "24");
            case PILOTE_ACADEMIQUE -> RoleGrant.academie(role, "18");
            case DIRECTEUR_OPERATIONNEL, CHEF_ETABLISSEMENT_SUPPORT -> RoleGrant.campus(role, campus);
            case MEMBER_CONTACT -> RoleGrant.organisation(campus, 11);
        };
    }
}
