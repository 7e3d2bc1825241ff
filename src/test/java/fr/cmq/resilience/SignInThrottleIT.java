package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * The sign-in form under attack. The test profile's window is short (3 s): each test starts once what came before is
 * forgotten, and leaves nothing blocked behind it for the next.
 */
@IntegrationTest
class SignInThrottleIT {

    private static final long WINDOW_PASSED_MILLIS = 3_500;

    @LocalServerPort
    int port;

    @AfterEach
    void forgetWhatWasBlocked() throws InterruptedException {
        Thread.sleep(WINDOW_PASSED_MILLIS);
    }

    @Test
    void aStrangerCannotLockOutThoseWhoKnowTheirPassword() throws InterruptedException {
        Thread.sleep(WINDOW_PASSED_MILLIS);
        var attacker = new WebSession(port);
        for (int i = 0; i < 20; i++) {
            attacker.get("/connexion");
            String account = i < 5 ? DemoAccount.DIRECTEUR_BOIS.email : "inconnu" + i + "@cmq.test";
            attacker.postFormWithHeader("/connexion", Map.of("email", account, "motDePasse", "x"),
                    "X-Forwarded-For", "203.0.113." + i);
        }
        var owner = new WebSession(port).signIn(DemoAccount.EXPERT.email, DemoAccount.PASSWORD);
        assertThat(owner.headers().firstValue("Location")).as("behind the attacker's address, slowed, not locked")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/espace"));

        var locked = new WebSession(port).signIn(DemoAccount.DIRECTEUR_BOIS.email, DemoAccount.PASSWORD);
        assertThat(locked.headers().firstValue("Location")).as("the account guessed from here, whatever the forged header")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/connexion?bloque"));
        var elsewhere = new WebSession("http://[::1]:" + port).signIn(DemoAccount.DIRECTEUR_BOIS.email,
                DemoAccount.PASSWORD);
        assertThat(elsewhere.headers().firstValue("Location")).as("the same account from another address")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/espace"));
    }

    @Test
    void theSignInFormTakesTheHostileCorpus() throws InterruptedException {
        Thread.sleep(WINDOW_PASSED_MILLIS);
        var visitor = new WebSession(port);
        for (String payload : Hostile.TEXTS) {
            visitor.get("/connexion");
            var response = visitor.postForm("/connexion", Map.of("email", payload, "motDePasse", payload));
            assertThat(response.statusCode()).as(payload.substring(0, Math.min(20, payload.length()))).isEqualTo(302);
            assertThat(Hostile.reflected(visitor.get("/connexion?erreur").body())).isNull();
        }
    }
}
