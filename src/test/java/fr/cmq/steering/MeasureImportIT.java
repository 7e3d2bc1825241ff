package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Measures imported from a CSV file through the shared import engine, on the demonstration catalogue of campus 1. */
@IntegrationTest
class MeasureImportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/api/v1/campuses/1/indicators/import";
    private static final String FILE = """
            indicateur;date;valeur;commentaire
            ENSEIGNANTS_FORMES;15/01/2025;42;Stages de janvier
            ENSEIGNANTS_FORMES;2025-06-30;57,5;
            MEMBRES;15/01/2025;6;
            INCONNU;15/01/2025;1;
            APPRENTIS;31/02/2025;1;
            APPRENTIS;%s;1;
            APPRENTIS;15/01/2025;-4;
            """.formatted(LocalDate.now().plusDays(5).toString());

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRefusedLineIsReportedAndALineImportedAgainReplacesItsMeasure() {
        JsonNode run = json(upload(DemoAccount.DIRECTEUR, FILE)).get("run");
        assertThat(run.get("read").asInt()).isEqualTo(7);
        assertThat(run.get("created").asInt()).isEqualTo(2);
        assertThat(run.get("rejected").asInt()).isEqualTo(5);
        String rejections = json(upload(DemoAccount.DIRECTEUR, FILE)).get("rejections").toString();
        assertThat(rejections).contains("calculé par la plateforme").contains("INCONNU").contains("31/02/2025")
                .contains("d'aujourd'hui ou d'avant").contains("-4");

        JsonNode again = json(upload(DemoAccount.DIRECTEUR, FILE.replace("57,5", "58"))).get("run");
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(1);
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);

        JsonNode series = json(new WebSession(port).getWithBasic("/api/v1/campuses/1/indicators/ENSEIGNANTS_FORMES/measures",
                DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD));
        assertThat(series.get("measures").get(1).get("value").decimalValue()).isEqualByComparingTo("58");
        assertThat(series.get("measures").get(0).get("comment").asString()).isEqualTo("Stages de janvier");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from event_publication").query(Integer.class).single())
                .as("the import's change reached its listeners (the public pages' cache)").isZero());
    }

    @Test
    void onlyTheCampusTeamImports() {
        assertThat(upload(DemoAccount.CONTACT_MEMBRE, FILE).statusCode()).isEqualTo(403);
        assertThat(upload(DemoAccount.PILOTE_REGIONAL, FILE).statusCode()).isEqualTo(403);
        assertThat(upload(DemoAccount.DIRECTEUR, "pas un csv\u0000\u0001").statusCode()).isIn(400, 422);
    }

    private HttpResponse<String> upload(DemoAccount account, String content) {
        var response = new WebSession(port).postFileWithBasic(PATH, "mesures.csv", content.getBytes(StandardCharsets.UTF_8),
                account.email, DemoAccount.PASSWORD);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
