package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events through the API and the calendar feeds, on the demonstration data: campus 1 (Énergie et maintenance, filière
 * TRANSITION_ENERGETIQUE, région 44) announces four coming events and four past ones; every other campus its portes
 * ouvertes.
 */
@IntegrationTest
class EventApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theAgendaFiltersByFiliereRegionAudienceKindAndPeriod() {
        JsonNode coming = agenda("size=100");
        assertThat(coming.get("content")).isNotEmpty()
                .allSatisfy(e -> assertThat(LocalDateTime.parse(e.get("endsAt").asString())).isAfter(LocalDateTime.now().minusDays(1)));
        JsonNode energy = agenda("filiere=TRANSITION_ENERGETIQUE&size=100");
        assertThat(energy.get("content")).hasSize(4).allSatisfy(e -> assertThat(e.get("campusId").asLong()).isEqualTo(1));
        assertThat(agenda("region=44&size=100").get("page").get("totalElements").asInt())
                .isGreaterThanOrEqualTo(4).isLessThan(coming.get("page").get("totalElements").asInt());
        JsonNode pupils = agenda("audience=COLLEGIENS&size=100");
        assertThat(pupils.get("content")).isNotEmpty().allSatisfy(e -> assertThat(e.get("audiences").toString()).contains("COLLEGIENS"));
        assertThat(agenda("kind=HACKATHON").get("content").get(0).get("title").asString()).contains("Hackathon");
        assertThat(agenda("q=hackathon").get("content")).hasSize(1);
        assertThat(agenda("filiere=TRANSITION_ENERGETIQUE&from=" + LocalDateTime.now().minusYears(1).toLocalDate()
                + "&size=100").get("content")).hasSize(8);
        assertThat(agenda("filiere=TRANSITION_ENERGETIQUE&from=" + LocalDateTime.now().toLocalDate().plusDays(60)).get("content"))
                .hasSize(1);
        // the public sees neither the plan behind an event nor its attendance
        assertThat(energy.get("content").get(0).get("actionId").isNull()).isTrue();

        assertThat(new WebSession(port).get("/api/v1/events?audience=MARTIENS").statusCode()).isEqualTo(400);
        assertThat(new WebSession(port).get("/api/v1/events?from=2026-13-45").statusCode()).isEqualTo(400);
        assertThat(new WebSession(port).get("/api/v1/events?from=2026-05-01&to=2026-04-01").body()).contains("\"field\":\"to\"");
    }

    @Test
    void aCalendarReadsTheFeedsBack() {
        var campus = new WebSession(port).get("/campus/1/evenements.ics");
        assertThat(campus.statusCode()).isEqualTo(200);
        assertThat(campus.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(campus.body()).first();
        assertThat(calendar.getEvents()).hasSizeGreaterThanOrEqualTo(4);
        VEvent hackathon = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().contains("Hackathon"))
                .findFirst().orElseThrow();
        JsonNode json = agenda("kind=HACKATHON").get("content").get(0);
        assertThat(hackathon.getDateStart().getValue().toInstant()).isEqualTo(LocalDateTime.parse(json.get("startsAt").asString())
                .atZone(ZoneId.of("Europe/Paris")).toInstant());
        assertThat(hackathon.getLocation().getValue()).contains("Yutz");
        assertThat(hackathon.getCategories().getFirst().getValues()).as("a category people read").containsExactly("Hackathon");
        assertThat(campus.body().split("\r\n")).as("folded at 75 octets")
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
        assertThat(hackathon.getUid().getValue()).isEqualTo("evenement-" + json.get("id").asLong() + "@campus-metiers-qualifications");

        for (String day : List.of("%2B10000-01-01", "-0001-01-01", "0001-01-01")) {
            assertThat(new WebSession(port).get("/evenements?du=" + day).statusCode()).as(day).isEqualTo(200);
        }
        var search = new WebSession(port).get("/evenements.ics?public=COLLEGIENS");
        ICalendar forPupils = Biweekly.parse(search.body()).first();
        assertThat(forPupils.getEvents()).isNotEmpty().hasSize(agenda("audience=COLLEGIENS&size=100").get("content").size());
    }

    @Test
    void theTeamRecordsAnEventAndItsAttendanceOnlyOnceItHasBegun() {
        String body = """
                {"kind":"CONCOURS","title":"Concours de soudure","startsAt":"%s","endsAt":"%s","address":"Atelier",
                 "town":"Thionville","audiences":["LYCEENS"],"levels":[4],"memberIds":[1],"published":%s}""";
        var later = LocalDateTime.now().plusDays(3).withNano(0).withSecond(0);
        var created = send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/events",
                body.formatted(later, later.plusHours(3), "false"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        long version = json(created).get("version").asLong();
        String path = "/api/v1/campuses/1/events/" + id;

        // unpublished: the team sees it, the public does not
        assertThat(new WebSession(port).get(path).statusCode()).isEqualTo(404);
        assertThat(get(DemoAccount.PILOTE_REGIONAL, path).statusCode()).isEqualTo(200);

        var early = send(DemoAccount.DIRECTEUR, "POST", path + "/attendance", "{\"attendance\":30,\"version\":" + version + "}");
        assertThat(early.statusCode()).isEqualTo(422);

        var past = LocalDateTime.now().minusDays(2).withNano(0).withSecond(0);
        var moved = send(DemoAccount.DIRECTEUR, "PUT", path, body.formatted(past, past.plusHours(3), "true")
                .replace("}", ",\"version\":" + version + "}"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        version = json(moved).get("version").asLong();
        var counted = send(DemoAccount.DIRECTEUR, "POST", path + "/attendance", "{\"attendance\":30,\"version\":" + version + "}");
        assertThat(counted.statusCode()).isEqualTo(200);
        assertThat(json(counted).get("attendance").asInt()).isEqualTo(30);
        assertThat(send(DemoAccount.DIRECTEUR, "POST", path + "/attendance", "{\"attendance\":31,\"version\":" + version + "}")
                .statusCode()).isEqualTo(409);

        assertThat(send(DemoAccount.CONTACT_MEMBRE, "DELETE", path, "").statusCode()).isEqualTo(403);
        assertThat(send(DemoAccount.DIRECTEUR, "DELETE", path, "").statusCode()).isEqualTo(204);
    }

    @Test
    void badEventsAreRefusedByField() {
        var noPlace = send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/events",
                "{\"kind\":\"AUTRE\",\"title\":\"E\",\"startsAt\":\"2026-12-01T10:00\",\"endsAt\":\"2026-12-01T12:00\",\"audiences\":[\"FAMILLES\"]}");
        assertThat(noPlace.body()).contains("\"field\":\"address\"");
        var noAudience = send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/events",
                "{\"kind\":\"AUTRE\",\"title\":\"E\",\"startsAt\":\"2026-12-01T10:00\",\"endsAt\":\"2026-12-01T12:00\",\"address\":\"Ici\"}");
        assertThat(noAudience.body()).contains("\"field\":\"audiences\"");
        var script = send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/events",
                "{\"kind\":\"AUTRE\",\"title\":\"E\",\"startsAt\":\"2026-12-01T10:00\",\"endsAt\":\"2026-12-01T12:00\","
                        + "\"address\":\"Ici\",\"audiences\":[\"FAMILLES\"],\"registrationUrl\":\"javascript:alert(1)\"}");
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(script.body()).contains("\"field\":\"registrationUrl\"");
    }

    private JsonNode agenda(String query) {
        var response = new WebSession(port).get("/api/v1/events?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
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
