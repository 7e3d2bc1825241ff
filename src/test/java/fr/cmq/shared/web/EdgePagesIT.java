package fr.cmq.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * An address no page answers is the 404 page, for a visitor (not a sign-in that leads nowhere) and for a signed-in
 * person, who keeps its header; a private page still asks to sign in, the actuator stays closed.
 */
@IntegrationTest
class EdgePagesIT {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsThe404PageForEveryone() {
        var visitor = new WebSession(port).get("/cette-page-n-existe-pas");
        assertThat(visitor.statusCode()).isEqualTo(404);
        assertThat(visitor.body()).contains("Se connecter");

        var signedIn = WebSession.signedIn(port, DemoAccount.DIRECTEUR).get("/campus/1/cette-page-n-existe-pas");
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.body()).contains("Mon espace").doesNotContain(">Se connecter<");

        var privatePage = new WebSession(port).get("/campus/1/plan");
        assertThat(privatePage.statusCode()).isEqualTo(302);
        assertThat(privatePage.headers().firstValue("Location").orElse("")).contains("/connexion");
        assertThat(new WebSession(port).get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
        assertThat(new WebSession(port).get("/actuator/env").body()).doesNotContain("spring.datasource");
    }

    @Test
    void theLegalPagesSayWhatTheOperatorSet() {
        String legal = new WebSession(port).get("/mentions-legales").body();
        assertThat(legal).contains("Rectorat de la région académique Grand Est").contains("Hébergeur de test SAS")
                .contains("mailto:accessibilite@cmq.test").contains("Directeur ou directrice de la publication");
        String accessibility = new WebSession(port).get("/accessibilite").body();
        assertThat(accessibility).contains("partiellement conforme")
                .contains("réalisé le 15/06/2026").contains("72 % des critères")
                .contains("Schéma pluriannuel").contains("Défenseur des droits").contains("mailto:accessibilite@cmq.test");
    }
}
