package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/** A campus's pilots read all its steering: the diagnostic where the plan shows it, each event as it stands. */
@IntegrationTest
class PilotsReadSteeringIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPilotReadsTheDiagnosticAndEachEventWithoutAFormToChangeThem() {
        long event = jdbc.sql("select min(id) from campus_event where campus_id = 1").query(Long.class).single();
        String title = jdbc.sql("select title from campus_event where id = :id").param("id", event)
                .query(String.class).single();
        var pilot = WebSession.signedIn(port, DemoAccount.PILOTE_ACADEMIQUE);

        var diagnostic = pilot.get("/campus/1/plan/diagnostic");
        assertThat(diagnostic.statusCode()).isEqualTo(302);
        assertThat(diagnostic.headers().firstValue("Location")).hasValue("/campus/1/plan#diagnostic");
        assertThat(pilot.get("/campus/1/plan").body()).contains("id=\"diagnostic\"");

        var page = pilot.get("/campus/1/evenements/" + event);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title.replace("'", "&#39;")).contains("son équipe seule le modifie")
                .doesNotContain("action=\"/campus/1/evenements/" + event + "\"");
        assertThat(pilot.get("/campus/1/evenements").body()).contains("href=\"/campus/1/evenements/" + event + "\"");

        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS).get("/campus/1/evenements/" + event).statusCode()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, DemoAccount.CONTACT_MEMBRE).get("/campus/1/plan/diagnostic").statusCode()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR).get("/campus/1/evenements/" + event).body())
                .contains("action=\"/campus/1/evenements/" + event + "\"");
    }
}
