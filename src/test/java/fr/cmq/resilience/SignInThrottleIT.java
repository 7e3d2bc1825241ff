package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * The sign-in form under attack. Its own application context (a short window), so that the addresses it gets
 * blocked do not block the other tests.
 */
@IntegrationTest
@TestPropertySource(properties = "cmq.login.window=PT3S")
class SignInThrottleIT {

    @LocalServerPort
    int port;

    @Test
    void aForgedForwardedAddressDoesNotEscapeThePerAddressLimit() throws InterruptedException {
        var attacker = new WebSession(port);
        for (int i = 0; i < 20; i++) {
            attacker.get("/connexion");
            attacker.postFormWithHeader("/connexion", Map.of("email", "inconnu" + i + "@cmq.test", "motDePasse", "x"),
                    "X-Forwarded-For", "203.0.113." + i);
        }
        attacker.get("/connexion");
        var blocked = attacker.postFormWithHeader("/connexion",
                Map.of("email", DemoAccount.EXPERT.email, "motDePasse", DemoAccount.PASSWORD),
                "X-Forwarded-For", "198.51.100.1");
        assertThat(blocked.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/connexion?bloque"));

        Thread.sleep(3_500);
        var later = new WebSession(port).signIn(DemoAccount.EXPERT.email, DemoAccount.PASSWORD);
        assertThat(later.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/espace"));
    }

    @Test
    void theSignInFormTakesTheHostileCorpus() throws InterruptedException {
        Thread.sleep(3_500);
        var visitor = new WebSession(port);
        for (String payload : Hostile.TEXTS) {
            visitor.get("/connexion");
            var response = visitor.postForm("/connexion", Map.of("email", payload, "motDePasse", payload));
            assertThat(response.statusCode()).as(payload.substring(0, Math.min(20, payload.length()))).isEqualTo(302);
            assertThat(Hostile.reflected(visitor.get("/connexion?erreur").body())).isNull();
        }
    }
}
