package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.TestMailServer;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Arrêtés taken before the platform: the demonstration's labels come with theirs, in closed campaigns; the
 * administration records one more, which labels its campus unless the campus holds a newer label.
 */
@IntegrationTest
class PastDecisionsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemonstrationsLabelsComeWithTheArretesOfTheirClosedCampaigns() {
        var campus = jdbc.sql("select label_nor, label_start, status from campus where name = 'Bois'")
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).single();
        assertThat(campus[0]).as("the NOR of the arrêté behind the label").matches("MENE23\\d{5}A");
        assertThat(campus[1]).isEqualTo("2023-09-01");
        assertThat(campus[2]).isEqualTo("LABELLISE");
        assertThat(jdbc.sql("select status from campus where name like 'Matériaux%'").query(String.class).single())
                .as("a restated label keeps the campus's status").isEqualTo("EN_RENOUVELLEMENT");
        assertThat(jdbc.sql("select status from campus where name = 'Agroalimentaire'").query(String.class).single())
                .isEqualTo("EXPIRE");

        JsonNode bois = json(get(DemoAccount.DIRECTEUR_BOIS, "/api/v1/dossiers")).get("content").get(0);
        JsonNode renews = json(get(DemoAccount.DIRECTEUR_BOIS, "/api/v1/dossiers/" + bois.get("id").asLong()))
                .get("renews");
        assertThat(renews.get("nor").asString()).isEqualTo(campus[0]);
        long granting = renews.get("dossierId").asLong();
        JsonNode past = json(get(DemoAccount.DIRECTEUR_BOIS, "/api/v1/dossiers/" + granting));
        assertThat(past.get("state").asString()).isEqualTo("DECIDE");
        assertThat(past.get("campaign").get("title").asString()).isEqualTo("Appel à projets 2023 (clos)");
        assertThat(past.get("timeline").get(0).get("reason").asString()).contains("Arrêté antérieur à la plateforme");
        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR_BOIS.email, DemoAccount.PASSWORD);
        assertThat(director.get("/dossiers/" + granting).body()).contains("id=\"recorded-afterwards\"")
                .contains(campus[0]).doesNotContain("id=\"answers-title\"");
        assertThat(director.download("/dossiers/" + granting + "/pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void theAdministrationRecordsAnOlderArreteInAClosedCampaignOnly() {
        long closed = campaign("Appel à projets 2022 (clos)");
        long open = campaign("Appel à projets " + (LocalDate.now().getYear() + 1));
        long project = jdbc.sql("select id from campus where status = 'PROJET' limit 1").query(Long.class).single();
        String body = "{\"campusId\":" + project + ",\"kind\":\"CREATION\",\"granted\":true,\"category\":\"CMQ\","
                + "\"durationYears\":%d,\"startDate\":\"2022-09-01\",\"nor\":\"MENE2212345A\",\"decidedOn\":\"2022-06-15\"}";
        String path = "/api/v1/campaigns/" + closed + "/past-decisions";

        assertThat(send(DemoAccount.PILOTE_REGIONAL, path, body.formatted(5)).statusCode()).isEqualTo(403);
        var undecided = send(DemoAccount.ADMIN, path, "{\"campusId\":" + project + ",\"kind\":\"CREATION\"}");
        assertThat(undecided.statusCode()).isEqualTo(400);
        assertThat(undecided.body()).contains("\"field\":\"granted\"");
        var tooLong = send(DemoAccount.ADMIN, path, body.formatted(6));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"durationYears\"");
        var stillOpen = send(DemoAccount.ADMIN, "/api/v1/campaigns/" + open + "/past-decisions", body.formatted(5));
        assertThat(stillOpen.statusCode()).isEqualTo(422);
        assertThat(stillOpen.body()).contains("reçoit encore des dossiers");

        var recorded = send(DemoAccount.ADMIN, path, body.formatted(5));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(json(recorded).get("state").asString()).isEqualTo("DECIDE");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select status || ' ' || label_end || ' ' || label_nor from campus where id = :id").param("id", project)
                .query(String.class).single()).isEqualTo("LABELLISE 2027-08-31 MENE2212345A"));
        assertThat(send(DemoAccount.ADMIN, path, body.formatted(5)).statusCode()).as("one dossier a campaign")
                .isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REPRISE_ARRETE'")
                .query(Integer.class).single()).isGreaterThan(1);

        long bois = jdbc.sql("select id from campus where name = 'Bois'").query(Long.class).single();
        var older = send(DemoAccount.ADMIN, path, "{\"campusId\":" + bois + ",\"kind\":\"CREATION\",\"granted\":true,"
                + "\"category\":\"CMQ\",\"durationYears\":4,\"startDate\":\"2018-09-01\",\"nor\":\"MENE1800001A\","
                + "\"decidedOn\":\"2018-06-01\"}");
        assertThat(older.statusCode()).isEqualTo(201);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(jdbc.sql(
                "select label_start from campus where id = :id").param("id", bois).query(String.class).single())
                .as("an older label changes nothing").isEqualTo("2023-09-01"));
        assertThat(TestMailServer.receivedBy(DemoAccount.DIRECTEUR_BOIS.email)).as("no e-mail for the past").isEmpty();
    }

    private long campaign(String title) {
        for (JsonNode campaign : json(get(DemoAccount.ADMIN, "/api/v1/campaigns"))) {
            if (campaign.get("title").asString().startsWith(title)) {
                return campaign.get("id").asLong();
            }
        }
        throw new AssertionError("no campaign " + title);
    }

    private HttpResponse<String> get(DemoAccount account, String path) {
        return new WebSession(port).getWithBasic(path, account.email, DemoAccount.PASSWORD);
    }

    private HttpResponse<String> send(DemoAccount account, String path, String body) {
        return new WebSession(port).jsonWithBasic("POST", path, body, account.email, DemoAccount.PASSWORD);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }
}
