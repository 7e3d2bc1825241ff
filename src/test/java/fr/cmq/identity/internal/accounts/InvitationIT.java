package fr.cmq.identity.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.TestMailServer;
import fr.cmq.shared.test.WebSession;

/**
 * The platform put in service by its screens: the administration invites a director, who sets its password from the
 * e-mail's link and invites the contact of a member, who signs in; a grant ended and an account disabled stop their
 * sessions at their next request.
 */
@IntegrationTest
class InvitationIT {

    private static final Pattern LINK = Pattern.compile("/mot-de-passe\\?jeton=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "quatre chevaux bleus dans le pré";
    private static final long BOIS = 2;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvitedDirectorSetsItsPasswordInvitesAContactAndLosesItsRoleWhenItEnds() {
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        admin.get("/comptes/inviter");
        var invited = admin.postForm("/comptes/inviter", Map.of("email", "Nouvelle.Directrice@cmq.test",
                "displayName", "Nouvelle Directrice", "role", "DIRECTEUR_OPERATIONNEL", "campusId", "" + BOIS));
        assertThat(invited.statusCode()).isEqualTo(302);
        String accountPage = invited.headers().firstValue("Location").orElseThrow();
        assertThat(admin.get("/comptes?q=nouvelle").body()).contains("Nouvelle Directrice", "Invitation en attente");

        var director = new WebSession(port);
        String token = linkSentTo("nouvelle.directrice@cmq.test");
        assertThat(director.get("/mot-de-passe?jeton=" + token).body()).contains("Nouvelle Directrice");
        var weak = director.postForm("/mot-de-passe", Map.of("jeton", token, "motDePasse", "motdepasse",
                "confirmation", "motdepasse"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("12 caractères");
        var set = director.postForm("/mot-de-passe", Map.of("jeton", token, "motDePasse", PASSWORD,
                "confirmation", PASSWORD));
        assertThat(set.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/espace"));
        assertThat(director.get("/espace").statusCode()).isEqualTo(200);
        assertThat(new WebSession(port).get("/mot-de-passe?jeton=" + token).statusCode()).as("used once").isEqualTo(410);

        long member = jdbc.sql("select id from campus_member where campus_id = :campus and left_on is null order by id limit 1")
                .param("campus", BOIS).query(Long.class).single();
        director.get("/comptes/inviter");
        assertThat(director.postForm("/comptes/inviter", Map.of("email", "contact.bois@cmq.test", "displayName",
                "Contact Bois", "role", "DIRECTEUR_OPERATIONNEL", "campusId", "" + BOIS)).statusCode())
                .as("a director opens no director's account").isEqualTo(403);
        director.get("/comptes/inviter");
        assertThat(director.postForm("/comptes/inviter", Map.of("email", "contact.bois@cmq.test", "displayName",
                "Contact Bois", "role", "MEMBER_CONTACT", "campusId", "" + BOIS, "organisationId", "" + member))
                .statusCode()).isEqualTo(302);
        var contact = new WebSession(port);
        String contactToken = linkSentTo("contact.bois@cmq.test");
        contact.get("/mot-de-passe?jeton=" + contactToken);
        contact.postForm("/mot-de-passe", Map.of("jeton", contactToken, "motDePasse", PASSWORD,
                "confirmation", PASSWORD));
        assertThat(contact.get("/espace").statusCode()).isEqualTo(200);
        assertThat(contact.get("/comptes").statusCode()).as("a contact opens no account").isEqualTo(403);

        long grant = jdbc.sql("select r.id from role_assignment r join user_account a on a.id = r.user_account_id"
                        + " where a.email = 'nouvelle.directrice@cmq.test'").query(Long.class).single();
        admin.get(accountPage);
        admin.postForm(accountPage + "/roles/" + grant + "/fin", Map.of("version", "" + version("nouvelle.directrice@cmq.test")));
        assertThat(director.get("/comptes").statusCode()).as("the role ended, at the next request").isEqualTo(403);

        long contactId = jdbc.sql("select id from user_account where email = 'contact.bois@cmq.test'")
                .query(Long.class).single();
        admin.get("/comptes/" + contactId);
        var stale = admin.postForm("/comptes/" + contactId + "/desactiver", Map.of("version", "99"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Ce compte a changé entre-temps");
        admin.postForm("/comptes/" + contactId + "/desactiver", Map.of("version", "" + version("contact.bois@cmq.test")));
        assertThat(contact.get("/espace").statusCode()).as("disabled: signed out at once").isEqualTo(302);
        assertThat(contact.signIn("contact.bois@cmq.test", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/connexion?erreur"));

        long adminId = jdbc.sql("select id from user_account where email = :email")
                .param("email", DemoAccount.ADMIN.email).query(Long.class).single();
        long adminGrant = jdbc.sql("select id from role_assignment where user_account_id = :id")
                .param("id", adminId).query(Long.class).single();
        var ownPage = admin.get("/comptes/" + adminId);
        assertThat(ownPage.body()).as("no act on one's own account").doesNotContain("/fin\"", "/desactiver\"");
        var lockout = admin.postForm("/comptes/" + adminId + "/roles/" + adminGrant + "/fin",
                Map.of("version", "" + version(DemoAccount.ADMIN.email)));
        assertThat(lockout.statusCode()).isEqualTo(422);
        assertThat(lockout.body()).contains("Vous ne pouvez pas retirer vos propres rôles");
        assertThat(admin.get("/comptes").statusCode()).as("still the administration").isEqualTo(200);
    }

    @Test
    void aForgottenPasswordIsAnsweredTheSameWayForAnyAddressAndMailedToAnAccountOnly() {
        var visitor = new WebSession(port);
        visitor.get("/mot-de-passe-oublie");
        var known = visitor.postForm("/mot-de-passe-oublie", Map.of("email", DemoAccount.EXPERT.email));
        var unknown = visitor.postForm("/mot-de-passe-oublie", Map.of("email", "personne@cmq.test"));
        assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location")).isEqualTo(known.headers().firstValue("Location"));
        assertThat(visitor.get(known.headers().firstValue("Location").orElseThrow()).body())
                .contains("Si un compte correspond à cette adresse");

        String token = linkSentTo(DemoAccount.EXPERT.email);
        visitor.get("/mot-de-passe?jeton=" + token);
        visitor.postForm("/mot-de-passe", Map.of("jeton", token, "motDePasse", PASSWORD, "confirmation", PASSWORD));
        assertThat(new WebSession(port).signIn(DemoAccount.EXPERT.email, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/espace"));
        assertThat(TestMailServer.receivedBy("personne@cmq.test")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where details::text like '%' || :token || '%'")
                .param("token", token).query(Integer.class).single()).as("no link in the audit trail").isZero();
    }

    @Test
    void anExpertTakenIntoThePoolIsInvitedAndThePoolShowsItsAccount() {
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        admin.get("/admin/experts");
        assertThat(admin.postForm("/admin/experts", Map.of("email", "Claire.Vasseur@exemple.fr", "name",
                "Claire Vasseur", "college", "ACTEURS_ECONOMIQUES")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/experts").body()).contains("Claire Vasseur", "Invitation envoyée, sans réponse");
        String token = linkSentTo("claire.vasseur@exemple.fr");
        var expert = new WebSession(port);
        expert.get("/mot-de-passe?jeton=" + token);
        expert.postForm("/mot-de-passe", Map.of("jeton", token, "motDePasse", PASSWORD, "confirmation", PASSWORD));
        assertThat(expert.get("/espace").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/experts").body()).contains("Dernière connexion le");
        assertThat(jdbc.sql("select count(*) from role_assignment r join user_account a on a.id = r.user_account_id"
                + " where a.email = 'claire.vasseur@exemple.fr' and r.role = 'EXPERT'").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRoleIsAddedToAnAccountFromItsPage() {
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        long expert = jdbc.sql("select id from user_account where email = :email")
                .param("email", DemoAccount.EXPERT.email).query(Long.class).single();
        assertThat(admin.get("/comptes/" + expert).body()).contains("Ajouter un rôle");
        assertThat(admin.get("/comptes/inviter?compte=" + expert).body()).contains("value=\"" + DemoAccount.EXPERT.email + "\"");
        assertThat(admin.postForm("/comptes/inviter", Map.of("email", DemoAccount.EXPERT.email, "displayName", "Expert",
                "role", "PILOTE_ACADEMIQUE", "academieCode", "12")).headers().firstValue("Location"))
                .hasValue("/comptes/" + expert);
        assertThat(admin.get("/comptes/" + expert).body()).contains("Pilote académique", "Expert");
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR).get("/comptes/inviter?compte=" + expert).statusCode())
                .as("an account the director does not see").isEqualTo(404);
    }

    @Test
    void eachWorkspaceSaysWhoIsStillWithoutAnAccount() {
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        assertThat(admin.get("/espace").body()).doesNotContain("invitation attend");
        admin.get("/comptes/inviter");
        admin.postForm("/comptes/inviter", Map.of("email", "en.attente@cmq.test", "displayName", "En attente",
                "role", "EXPERT"));
        assertThat(admin.get("/espace").body()).contains("1 invitation attend que la personne choisisse son mot de passe",
                "/comptes?etat=INVITE");
        assertThat(admin.get("/comptes?etat=INVITE").body()).contains("en.attente@cmq.test")
                .doesNotContain(DemoAccount.DIRECTEUR.email);

        long withoutDirector = jdbc.sql("select count(*) from campus c join campus_academie ca on ca.campus_id = c.id"
                        + " where ca.academie_code = '12' and not exists (select 1 from role_assignment r"
                        + " where r.campus_id = c.id and r.role = 'DIRECTEUR_OPERATIONNEL')").query(Long.class).single();
        var pilot = WebSession.signedIn(port, DemoAccount.PILOTE_ACADEMIQUE).get("/espace").body();
        assertThat(withoutDirector).isPositive();
        assertThat(pilot).containsAnyOf("n’a pas de directeur opérationnel sur la plateforme",
                "n’ont pas de directeur opérationnel sur la plateforme");

        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR).get("/espace").body())
                .contains("sans compte de contact", "/comptes/inviter?role=MEMBER_CONTACT&amp;campus=1");
    }

    private String linkSentTo(String email) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.receivedBy(email).stream()
                .map(mail -> LINK.matcher(mail.body())).filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group(1)).reduce((first, last) -> last).orElse(null),
                found -> found != null);
    }

    private long version(String email) {
        return jdbc.sql("select version from user_account where email = :email").param("email", email)
                .query(Long.class).single();
    }

}
