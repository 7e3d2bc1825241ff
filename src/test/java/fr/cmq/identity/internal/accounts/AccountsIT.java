package fr.cmq.identity.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.cmq.shared.demo.DemoDataLoader;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

@IntegrationTest
class AccountsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoDataLoader demoData;
    @Autowired
    AccountRegistry registry;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void thereIsADemoAccountForEachRoleEachOnItsScope() {
        var roles = jdbc.sql("""
                select a.email, r.role, r.campus_id, r.academie_code, r.region_code
                from user_account a join role_assignment r on r.user_account_id = a.id
                where a.email in (:emails) order by a.email""")
                .param("emails", demoEmails()).query().listOfRows();
        assertThat(roles).extracting(row -> row.get("role")).containsExactlyInAnyOrder("ADMIN_NATIONAL",
                "PILOTE_REGIONAL", "PILOTE_ACADEMIQUE", "DIRECTEUR_OPERATIONNEL", "DIRECTEUR_OPERATIONNEL",
                "CHEF_ETABLISSEMENT_SUPPORT",
                "MEMBER_CONTACT", "EXPERT", "EXPERT");
        assertThat(roles).filteredOn(row -> row.get("role").equals("PILOTE_ACADEMIQUE"))
                .singleElement().satisfies(row -> assertThat(row.get("academie_code")).isEqualTo("12"));
    }

    @Test
    void loadingTheDemoDataAgainDuplicatesNothing() {
        int before = accounts();
        demoData.loadAll();
        demoData.loadAll();
        assertThat(accounts()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from user_account where email in (:emails)")
                .param("emails", demoEmails()).query(Integer.class).single()).isEqualTo(DemoAccount.values().length);
    }

    @Test
    void passwordsAreStoredHashed() {
        var hashes = jdbc.sql("select password_hash from user_account where email in (:emails)")
                .param("emails", demoEmails()).query(String.class).list();
        assertThat(hashes).hasSize(DemoAccount.values().length);
        assertThat(hashes).allSatisfy(hash -> {
            assertThat(hash).doesNotContain(DemoAccount.PASSWORD).startsWith("{bcrypt}");
            assertThat(passwordEncoder.matches(DemoAccount.PASSWORD, hash)).isTrue();
        });
    }

    @Test
    void theBootstrapAdministratorIsCreatedOnceAndNeverChanged() throws Exception {
        new BootstrapAdministrator(registry, "ouverture@cmq.test", "un mot de passe solide").run(null);
        new BootstrapAdministrator(registry, "ouverture@cmq.test", "un autre mot de passe").run(null);
        new BootstrapAdministrator(registry, DemoAccount.DIRECTEUR.email, "tentative de reprise").run(null);

        var session = new WebSession(port);
        assertThat(session.getWithBasic("/api/v1/me", "ouverture@cmq.test", "un mot de passe solide").body())
                .contains("ADMIN_NATIONAL");
        assertThat(session.getWithBasic("/api/v1/me", "ouverture@cmq.test", "un autre mot de passe").statusCode())
                .isEqualTo(401);
        assertThat(session.getWithBasic("/api/v1/me", DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD).body())
                .contains("DIRECTEUR_OPERATIONNEL").doesNotContain("ADMIN_NATIONAL");
    }

    @Test
    void signInsFailuresAndSignOutsAreAudited() {
        var session = new WebSession(port);
        assertThat(session.signIn(DemoAccount.EXPERT.email, "pas le bon").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/connexion?erreur"));
        assertThat(session.signIn(DemoAccount.EXPERT.email, DemoAccount.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/espace"));
        assertThat(session.get("/espace").body()).contains("Expert").contains("Les dossiers qui vous sont confiés");
        session.postForm("/deconnexion", Map.of());
        assertThat(session.get("/espace").statusCode()).isEqualTo(302);

        List<String> actions = jdbc.sql("select action from audit_event where actor = :actor order by id")
                .param("actor", DemoAccount.EXPERT.email).query(String.class).list();
        assertThat(actions).containsExactly("CONNEXION_REFUSEE", "CONNEXION", "DECONNEXION");
        assertThat(jdbc.sql("select remote_address from audit_event where actor = :actor and action = 'CONNEXION'")
                .param("actor", DemoAccount.EXPERT.email).query(String.class).single()).isNotBlank();
    }

    @Test
    void accountCreationsAreAuditedAndReadableByTheAdministrator() {
        var body = new WebSession(port).getWithBasic("/api/v1/audit-events?entityType=compte&size=100", DemoAccount.ADMIN.email,
                DemoAccount.PASSWORD).body();
        assertThat(body).contains("\"action\":\"CREATION\"").contains("\"entityType\":\"compte\"")
                .contains("do.energie@cmq.test");
    }

    private static List<String> demoEmails() {
        return java.util.Arrays.stream(DemoAccount.values()).map(account -> account.email).toList();
    }

    private int accounts() {
        return jdbc.sql("select count(*) from user_account").query(Integer.class).single();
    }
}
