package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import biweekly.Biweekly;
import biweekly.component.VEvent;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A published event's page and calendar entry, read by anyone; an unpublished one is nobody's page. */
@IntegrationTest
class EventPagesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void aPublishedEventHasItsPageItsDescriptionForSearchEnginesAndItsCalendarEntry() {
        String title = "Atelier </script><script>alert(1)</script> & \"soudure\"";
        var startsAt = LocalDateTime.now().plusDays(20).withHour(9).withMinute(30).withSecond(0).withNano(0);
        long id = create(title, startsAt, true);

        var page = new WebSession(port).get("/evenements/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)").contains("Atelier &lt;/script&gt;")
                .contains("Thionville").contains("href=\"/campus/1\"").contains("/evenements/" + id + ".ics")
                .contains("https://www.example.org/inscription");
        var block = JSON_LD.matcher(page.body());
        assertThat(block.find()).isTrue();
        JsonNode event = JSON.readTree(block.group(1));
        assertThat(event.get("@type").asString()).isEqualTo("Event");
        assertThat(event.get("name").asString()).isEqualTo(title);
        assertThat(OffsetDateTime.parse(event.get("startDate").asString()).toInstant())
                .isEqualTo(startsAt.atZone(ZoneId.of("Europe/Paris")).toInstant());
        assertThat(event.get("organizer").get("url").asString()).endsWith("/campus/1");

        var entry = new WebSession(port).get("/evenements/" + id + ".ics");
        assertThat(entry.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        VEvent read = Biweekly.parse(entry.body()).first().getEvents().getFirst();
        assertThat(read.getSummary().getValue()).isEqualTo(title);
        assertThat(read.getUrl().getValue()).endsWith("/evenements/" + id);

        assertThat(new WebSession(port).get("/evenements").body()).contains("href=\"/evenements/" + id + "\"");
    }

    @Test
    void anUnpublishedEventOrAnUnknownOneIsNotFound() {
        long id = create("Réunion interne de préparation", LocalDateTime.now().plusDays(5).withNano(0), false);
        assertThat(new WebSession(port).get("/evenements/" + id).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/evenements/" + id + ".ics").statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/evenements/987654321").statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/evenements/abc").statusCode()).isEqualTo(400);
    }

    private long create(String title, LocalDateTime startsAt, boolean published) {
        String body = """
                {"kind":"DECOUVERTE_METIERS","title":%s,"startsAt":"%s","endsAt":"%s","address":"Atelier de soudure",
                 "town":"Thionville","audiences":["LYCEENS","FAMILLES"],"levels":[4],"published":%s,
                 "registrationUrl":"https://www.example.org/inscription"}""";
        HttpResponse<String> created = new WebSession(port).jsonWithBasic("POST", "/api/v1/campuses/1/events",
                body.formatted(JSON.writeValueAsString(title), startsAt, startsAt.plusHours(3), published),
                DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }
}
