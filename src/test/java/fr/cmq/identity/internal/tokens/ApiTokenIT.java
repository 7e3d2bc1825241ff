package fr.cmq.identity.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * Personal tokens from the owner's page to the API: shown once, acting as their owner and never more, read-only
 * refused on writes, revoked at once, stopped with the account; and the password changed with the current one.
 */
@IntegrationTest
class ApiTokenIT {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*value=\"(cmq_[a-z2-9]{12}_[A-Za-z0-9_-]{43})\"");
    private static final String MEASURES = "/api/v1/campuses/1/indicators/APPRENTIS/measures";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenActsAsItsOwnerNeverMoreAndStopsWhenRevokedOrWhenTheAccountIsDisabled() {
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        assertThat(director.get("/mon-compte").body()).contains("Vous n’avez encore créé aucun jeton");
        String readOnly = create(director, "Lecture du tableau de bord", "LECTURE");
        String readWrite = create(director, "Saisie des mesures", "ECRITURE");
        var api = new WebSession(port);

        assertThat(api.jsonWithToken("GET", MEASURES, "", readOnly).statusCode()).isEqualTo(200);
        assertThat(api.jsonWithToken("GET", "/api/v1/me", "", readOnly).body()).contains(DemoAccount.DIRECTEUR.email);
        assertThat(api.jsonWithToken("GET", "/api/v1/campuses/4/indicators/APPRENTIS/measures", "", readOnly)
                .statusCode()).as("another campus, as for its owner").isEqualTo(403);
        assertThat(api.jsonWithToken("GET", "/api/v1/audit-events", "", readWrite).statusCode())
                .as("never more than its owner").isEqualTo(403);
        String measure = "{\"measuredOn\":\"" + LocalDate.now().withDayOfMonth(1).minusDays(1) + "\",\"value\":240}";
        var refused = api.jsonWithToken("POST", MEASURES, measure, readOnly);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("ne permet que la lecture");
        var written = api.jsonWithToken("POST", MEASURES, measure, readWrite);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);

        var forged = api.jsonWithToken("GET", MEASURES, "", readOnly.substring(0, readOnly.length() - 2) + "xx");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer").contains("invalid_token"));
        assertThat(api.jsonWithToken("GET", MEASURES, "", "n'importe quoi").statusCode()).isEqualTo(401);

        var page = director.get("/mon-compte").body();
        assertThat(page).contains("Lecture du tableau de bord", "Saisie des mesures").doesNotContain(readOnly, readWrite);
        long readOnlyId = jdbc.sql("select id from api_token where name = 'Lecture du tableau de bord'")
                .query(Long.class).single();
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = :id").param("id", readOnlyId)
                .query(Boolean.class).single()).as("last use noted").isTrue();
        assertThat(director.postForm("/mon-compte/jetons/" + readOnlyId + "/revoquer", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(api.jsonWithToken("GET", MEASURES, "", readOnly).statusCode()).as("revoked at once").isEqualTo(401);

        var other = WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS);
        other.get("/mon-compte");
        long readWriteId = jdbc.sql("select id from api_token where name = 'Saisie des mesures'").query(Long.class).single();
        assertThat(other.postForm("/mon-compte/jetons/" + readWriteId + "/revoquer", Map.of()).statusCode())
                .as("nobody revokes another's token").isEqualTo(404);

        long directorId = jdbc.sql("select id from user_account where email = :email")
                .param("email", DemoAccount.DIRECTEUR.email).query(Long.class).single();
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        admin.get("/comptes/" + directorId);
        long version = jdbc.sql("select version from user_account where id = :id").param("id", directorId)
                .query(Long.class).single();
        admin.postForm("/comptes/" + directorId + "/desactiver", Map.of("version", "" + version));
        assertThat(api.jsonWithToken("GET", MEASURES, "", readWrite).statusCode()).as("account disabled").isEqualTo(401);
        assertThat(director.get("/espace").statusCode()).as("its session too").isEqualTo(302);

        assertThat(jdbc.sql("select count(*) from audit_event where details::text like '%cmq\\_%' escape '\\'")
                .query(Integer.class).single()).as("no token in the audit trail").isZero();
        admin.get("/comptes/" + directorId);
        admin.postForm("/comptes/" + directorId + "/activer", Map.of("version", "" + (version + 1)));
    }

    @Test
    void aTokenIsRefusedAnExpiryBeyondAYearOrANameOfNothing() {
        var expert = WebSession.signedIn(port, DemoAccount.EXPERT);
        expert.get("/mon-compte");
        var tooLong = expert.postForm("/mon-compte/jetons", Map.of("nom", "Script", "expiration",
                LocalDate.now().plusYears(2).toString(), "acces", "LECTURE"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("dans un an au plus").doesNotContain("id=\"secret\"");
        var nameless = expert.postForm("/mon-compte/jetons", Map.of("nom", "  ", "expiration",
                LocalDate.now().plusDays(30).toString(), "acces", "LECTURE"));
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(nameless.body()).contains("Donnez au jeton un nom");
    }

    @Test
    void thePasswordIsChangedWithTheCurrentOne() {
        var contact = WebSession.signedIn(port, DemoAccount.CONTACT_MEMBRE);
        contact.get("/mon-compte");
        String next = "un jardin sous la pluie d’automne";
        var wrong = contact.postForm("/mon-compte/mot-de-passe", Map.of("motDePasseActuel", "pas le bon",
                "motDePasse", next, "confirmation", next));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Le mot de passe actuel n’est pas celui-ci");
        var changed = contact.postForm("/mon-compte/mot-de-passe", Map.of("motDePasseActuel", DemoAccount.PASSWORD,
                "motDePasse", next, "confirmation", next));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(contact.get("/mon-compte").body()).contains("Votre mot de passe est changé");
        assertThat(new WebSession(port).signIn(DemoAccount.CONTACT_MEMBRE.email, next).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/espace"));
    }

    @Test
    void aSessionClosedByItsHolderIsSignedOutAtItsNextRequest() {
        var here = WebSession.signedIn(port, DemoAccount.CHEF_ETABLISSEMENT);
        var elsewhere = WebSession.signedIn(port, DemoAccount.CHEF_ETABLISSEMENT);
        var page = here.get("/mon-compte").body();
        assertThat(page).contains("Cette session", "Fermer cette session");
        long other = jdbc.sql("select s.id from account_session s join user_account a on a.id = s.user_account_id"
                        + " where a.email = :email order by s.opened_at desc, s.id desc limit 1")
                .param("email", DemoAccount.CHEF_ETABLISSEMENT.email).query(Long.class).single();
        assertThat(here.postForm("/mon-compte/sessions/" + other + "/fermer", Map.of()).statusCode()).isEqualTo(302);
        assertThat(elsewhere.get("/espace").statusCode()).as("closed: signed out").isEqualTo(302);
        assertThat(here.get("/espace").statusCode()).as("this one goes on").isEqualTo(200);
        assertThat(jdbc.sql("""
                select count(*) from account_session a join spring_session s on s.session_id = a.session_id
                where a.id = :id""").param("id", other).query(Integer.class).single()).as("its stored session ended")
                .isZero();
        assertThat(here.get("/mon-compte").body()).as("no longer listed").doesNotContain("Fermer cette session");
    }

    private String create(WebSession owner, String name, String access) {
        owner.get("/mon-compte");
        var created = owner.postForm("/mon-compte/jetons", Map.of("nom", name, "expiration",
                LocalDate.now().plusDays(90).toString(), "acces", access));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        var secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as("the secret shown once").isTrue();
        return secret.group(1);
    }
}
