package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicators through the API on the demonstration data: campus 1 has three years of quarterly measures of six
 * indicators, with a target each year; members, companies, events, participants and actions done are counted.
 */
@IntegrationTest
class IndicatorApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String APPRENTIS = "/api/v1/campuses/1/indicators/APPRENTIS/measures";

    @LocalServerPort
    int port;

    @Test
    void aMeasureIsRecordedOncePerDateByTheTeamAndReadByThePilots() {
        JsonNode before = json(get(DemoAccount.PILOTE_ACADEMIQUE, APPRENTIS));
        assertThat(before.get("indicator").get("label").asString()).isEqualTo("Apprentis formés par le réseau");
        assertThat(before.get("measures").size()).isGreaterThanOrEqualTo(12);
        assertThat(before.get("targets").size()).isGreaterThanOrEqualTo(3);

        String day = LocalDate.now().withDayOfMonth(1).minusDays(1).toString();
        var recorded = send(DemoAccount.DIRECTEUR, "POST", APPRENTIS,
                "{\"measuredOn\":\"" + day + "\",\"value\":231,\"comment\":\"Effectif du CFA et du lycée\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(json(recorded).get("measures").size()).isEqualTo(before.get("measures").size() + 1);
        assertThat(send(DemoAccount.DIRECTEUR, "POST", APPRENTIS, "{\"measuredOn\":\"" + day + "\",\"value\":232}")
                .statusCode()).isEqualTo(422);

        assertThat(send(DemoAccount.CONTACT_MEMBRE, "POST", APPRENTIS, "{\"measuredOn\":\"2025-01-02\",\"value\":1}")
                .statusCode()).isEqualTo(403);
        assertThat(get(DemoAccount.CONTACT_MEMBRE, APPRENTIS).statusCode()).isEqualTo(403);
        assertThat(get(DemoAccount.DIRECTEUR, "/api/v1/campuses/4/indicators/APPRENTIS/measures").statusCode()).isEqualTo(403);
        assertThat(get(DemoAccount.DIRECTEUR, "/api/v1/campuses/1/indicators/INCONNU/measures").statusCode()).isEqualTo(404);
        var negative = send(DemoAccount.DIRECTEUR, "POST", APPRENTIS, "{\"measuredOn\":\"2025-01-02\",\"value\":-3}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"value\"");
        var future = send(DemoAccount.DIRECTEUR, "POST", APPRENTIS,
                "{\"measuredOn\":\"" + LocalDate.now().plusDays(2) + "\",\"value\":3}");
        assertThat(future.body()).contains("\"field\":\"measuredOn\"");
    }

    @Test
    void aMeasureTypedWrongIsCorrectedOrRemovedByTheTeamAndTheValueReplacedIsTraced() {
        String day = "2025-03-15";
        assertThat(send(DemoAccount.DIRECTEUR, "POST", APPRENTIS, "{\"measuredOn\":\"" + day + "\",\"value\":2310}")
                .statusCode()).isEqualTo(201);
        var corrected = send(DemoAccount.DIRECTEUR, "PUT", APPRENTIS + "/" + day, "{\"value\":231,\"comment\":\"Un zéro de trop\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode measure = null;
        for (JsonNode m : json(corrected).get("measures")) {
            if (m.get("measuredOn").asString().equals(day)) {
                measure = m;
            }
        }
        assertThat(measure).isNotNull();
        assertThat(measure.get("value").decimalValue()).isEqualByComparingTo("231");
        assertThat(measure.get("comment").asString()).isEqualTo("Un zéro de trop");

        assertThat(send(DemoAccount.PILOTE_REGIONAL, "PUT", APPRENTIS + "/" + day, "{\"value\":1}").statusCode())
                .isEqualTo(403);
        assertThat(send(DemoAccount.PILOTE_REGIONAL, "DELETE", APPRENTIS + "/" + day, "").statusCode()).isEqualTo(403);
        assertThat(send(DemoAccount.DIRECTEUR, "PUT", APPRENTIS + "/2001-01-01", "{\"value\":1}").statusCode())
                .isEqualTo(404);
        assertThat(send(DemoAccount.DIRECTEUR, "PUT", APPRENTIS + "/hier", "{\"value\":1}").statusCode()).isEqualTo(400);
        assertThat(send(DemoAccount.DIRECTEUR, "PUT", APPRENTIS + "/" + day, "{\"value\":-1}").statusCode()).isEqualTo(400);

        assertThat(send(DemoAccount.DIRECTEUR, "DELETE", APPRENTIS + "/" + day, "").statusCode()).isEqualTo(204);
        assertThat(send(DemoAccount.DIRECTEUR, "DELETE", APPRENTIS + "/" + day, "").statusCode()).isEqualTo(404);
        assertThat(json(get(DemoAccount.DIRECTEUR, APPRENTIS)).get("measures").toString()).doesNotContain(day);

        var history = new WebSession(port);
        history.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(history.get("/campus/1/historique").body()).contains("Correction d&#39;une mesure").contains("2310")
                .doesNotContain("??");
    }

    @Test
    void computedIndicatorsFollowTheNetworkAndAreNeverTyped() {
        long members = lastValue("MEMBRES");
        long companies = lastValue("ENTREPRISES_PARTENAIRES");
        long events = lastValue("EVENEMENTS");
        long participants = lastValue("PARTICIPANTS");

        assertThat(send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/members",
                "{\"organisationType\": \"ENTREPRISE\", \"name\": \"Forges de la Moselle\"}").statusCode()).isEqualTo(201);
        var started = LocalDateTime.now().minusHours(6).withNano(0).withSecond(0);
        var event = send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/events",
                "{\"kind\":\"AUTRE\",\"title\":\"Visite d'usine\",\"startsAt\":\"" + started + "\",\"endsAt\":\""
                        + started.plusHours(2) + "\",\"address\":\"Usine\",\"audiences\":[\"LYCEENS\"],\"attendance\":25}");
        assertThat(event.statusCode()).as(event.body()).isEqualTo(201);

        assertThat(lastValue("MEMBRES")).isEqualTo(members + 1);
        assertThat(lastValue("ENTREPRISES_PARTENAIRES")).isEqualTo(companies + 1);
        assertThat(lastValue("EVENEMENTS")).isEqualTo(events + 1);
        assertThat(lastValue("PARTICIPANTS")).isEqualTo(participants + 25);

        assertThat(send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/indicators/MEMBRES/measures",
                "{\"measuredOn\":\"2025-01-02\",\"value\":3}").statusCode()).isEqualTo(422);
        JsonNode catalogue = json(new WebSession(port).get("/api/v1/indicators"));
        assertThat(catalogue.toString()).contains("\"computed\":\"MEMBRES\"").contains("INSERTION_6_MOIS");
    }

    private long lastValue(String code) {
        JsonNode measures = json(get(DemoAccount.DIRECTEUR, "/api/v1/campuses/1/indicators/" + code + "/measures"))
                .get("measures");
        assertThat(measures.size()).isEqualTo(3);
        return measures.get(2).get("value").asLong();
    }

    private HttpResponse<String> get(DemoAccount account, String path) {
        return new WebSession(port).getWithBasic(path, account.email, DemoAccount.PASSWORD);
    }

    private HttpResponse<String> send(DemoAccount account, String method, String path, String body) {
        return new WebSession(port).jsonWithBasic(method, path, body, account.email, DemoAccount.PASSWORD);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
