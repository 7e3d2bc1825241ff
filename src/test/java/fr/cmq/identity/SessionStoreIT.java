package fr.cmq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * A signed-in session lives in the database, so that any instance serves it; its cookie is the same as before the
 * move (HTTP only, SameSite=Lax, the whole site); signing out forgets it and its line in the holder's sessions.
 */
@IntegrationTest
class SessionStoreIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedInSessionLivesInTheDatabaseUntilSignedOut() {
        var browser = new WebSession(port);
        var signedIn = browser.signIn(DemoAccount.CHEF_ETABLISSEMENT.email, DemoAccount.PASSWORD);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("Path=/").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(sessionsOf(DemoAccount.CHEF_ETABLISSEMENT)).isEqualTo(1);
        assertThat(marksOf(DemoAccount.CHEF_ETABLISSEMENT)).isEqualTo(1);

        browser.get("/espace");
        assertThat(browser.postForm("/deconnexion", Map.of()).statusCode()).isEqualTo(302);
        assertThat(sessionsOf(DemoAccount.CHEF_ETABLISSEMENT)).as("stored session gone").isZero();
        assertThat(marksOf(DemoAccount.CHEF_ETABLISSEMENT)).as("forgotten from the holder's sessions").isZero();
        assertThat(browser.get("/espace").statusCode()).as("signed out").isEqualTo(302);
    }

    private int sessionsOf(DemoAccount account) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", account.email).query(Integer.class).single();
    }

    private int marksOf(DemoAccount account) {
        return jdbc.sql("""
                select count(*) from account_session s join user_account a on a.id = s.user_account_id
                where a.email = :email""").param("email", account.email).query(Integer.class).single();
    }
}
