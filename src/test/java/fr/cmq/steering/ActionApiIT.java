package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The action plan API on the demonstration data: campus 1 has ten actions in every status, two of them late; member 3
 * is its CFA.
 */
@IntegrationTest
class ActionApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACTIONS = "/api/v1/campuses/1/actions";

    @LocalServerPort
    int port;

    @Test
    void theListFiltersByStatusPilotAndLateness() {
        JsonNode all = list(DemoAccount.DIRECTEUR, "?size=100");
        assertThat(all.get("page").get("totalElements").asInt()).isEqualTo(10);
        for (String status : new String[] { "PREVUE", "EN_COURS", "TERMINEE", "ABANDONNEE" }) {
            JsonNode some = list(DemoAccount.DIRECTEUR, "?status=" + status);
            assertThat(some.get("content")).isNotEmpty().allSatisfy(a -> assertThat(a.get("status").asString()).isEqualTo(status));
        }
        JsonNode late = list(DemoAccount.PILOTE_ACADEMIQUE, "?late=true");
        assertThat(late.get("page").get("totalElements").asInt()).isEqualTo(2);
        assertThat(late.get("content")).allSatisfy(a -> assertThat(a.get("late").asBoolean()).isTrue());
        assertThat(list(DemoAccount.DIRECTEUR, "?pilot=3").get("content"))
                .allSatisfy(a -> assertThat(a.get("pilotMemberId").asLong()).isEqualTo(3));
        assertThat(list(DemoAccount.DIRECTEUR, "?size=3").get("content")).hasSize(3);

        assertThat(get(DemoAccount.CONTACT_MEMBRE, ACTIONS).statusCode()).isEqualTo(403);
        assertThat(get(DemoAccount.DIRECTEUR, "/api/v1/campuses/4/actions").statusCode()).isEqualTo(403);
        assertThat(get(DemoAccount.DIRECTEUR, ACTIONS + "?status=FINIE").statusCode()).isEqualTo(400);
        assertThat(get(DemoAccount.DIRECTEUR, ACTIONS + "?size=1000").statusCode()).isEqualTo(400);
    }

    @Test
    void anActionMovesOnlyAlongItsTransitionsAndTwoEditorsDoNotOverwriteEachOther() {
        String body = """
                {"title":"Concours inter-lycées","pilotName":"Claire Martin","pilotMemberId":3,"memberIds":[3],
                 "startsOn":"%s","endsOn":"%s","budget":1500.5%s}""";
        String starts = LocalDate.now().minusDays(3).toString();
        String ends = LocalDate.now().plusMonths(2).toString();
        var created = send(DemoAccount.DIRECTEUR, "POST", ACTIONS, body.formatted(starts, ends, ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode action = json(created);
        assertThat(action.get("status").asString()).isEqualTo("PREVUE");
        assertThat(action.get("members").get(0).get("id").asLong()).isEqualTo(3);
        String path = ACTIONS + "/" + action.get("id").asLong();
        long version = action.get("version").asLong();

        var done = send(DemoAccount.DIRECTEUR, "PUT", path, body.formatted(starts, ends,
                ",\"status\":\"TERMINEE\",\"version\":" + version));
        assertThat(done.statusCode()).isEqualTo(422);
        assertThat(json(done).get("detail").asString()).contains("Prévue").contains("Terminée");
        var abandoned = send(DemoAccount.DIRECTEUR, "PUT", path, body.formatted(starts, ends,
                ",\"status\":\"ABANDONNEE\",\"version\":" + version));
        assertThat(abandoned.statusCode()).isEqualTo(400);
        assertThat(abandoned.body()).contains("\"field\":\"abandonReason\"");

        var started = send(DemoAccount.DIRECTEUR, "PUT", path, body.formatted(starts, ends,
                ",\"status\":\"EN_COURS\",\"version\":" + version));
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(json(started).get("status").asString()).isEqualTo("EN_COURS");

        var stale = send(DemoAccount.CHEF_ETABLISSEMENT, "PUT", path, body.formatted(starts, ends,
                ",\"status\":\"TERMINEE\",\"version\":" + version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("current").get("status").asString()).isEqualTo("EN_COURS");

        assertThat(send(DemoAccount.PILOTE_ACADEMIQUE, "DELETE", path, "").statusCode()).isEqualTo(403);
        assertThat(send(DemoAccount.DIRECTEUR, "DELETE", path, "").statusCode()).isEqualTo(204);
        assertThat(get(DemoAccount.DIRECTEUR, path).statusCode()).isEqualTo(404);
    }

    @Test
    void badDatesAndStrangersAreRefusedByField() {
        var reversed = send(DemoAccount.DIRECTEUR, "POST", ACTIONS,
                "{\"title\":\"A\",\"pilotName\":\"P\",\"startsOn\":\"2026-05-01\",\"endsOn\":\"2026-04-01\"}");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"endsOn\"");
        var stranger = send(DemoAccount.DIRECTEUR, "POST", ACTIONS,
                "{\"title\":\"A\",\"pilotName\":\"P\",\"startsOn\":\"2026-05-01\",\"endsOn\":\"2026-06-01\",\"memberIds\":[999999]}");
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("\"field\":\"memberIds\"");
    }

    @Test
    void expectedResultsAreTiedToIndicatorsTheCampusFollows() {
        String body = """
                {"title":"Stages croisés lycée-IUT","pilotName":"Karim Benali","startsOn":"2026-09-01",
                 "endsOn":"2027-06-30","expectedResults":"Plus d'étudiants venus du bac pro","indicatorCodes":%s}""";
        var created = send(DemoAccount.DIRECTEUR, "POST", ACTIONS, body.formatted("[\"ETUDIANTS\",\"ETUDIANTS\"]"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("indicators")).hasSize(1);
        assertThat(json(created).get("indicators").get(0).get("label").asString()).isEqualTo("Étudiants");

        var unfollowed = send(DemoAccount.DIRECTEUR, "POST", ACTIONS, body.formatted("[\"STAGIAIRES_FC\"]"));
        assertThat(unfollowed.statusCode()).isEqualTo(400);
        assertThat(unfollowed.body()).contains("\"field\":\"indicatorCodes\"");
        var unknown = send(DemoAccount.DIRECTEUR, "POST", ACTIONS, body.formatted("[\"<script>\"]"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(send(DemoAccount.DIRECTEUR, "DELETE", ACTIONS + "/" + json(created).get("id").asLong(), "")
                .statusCode()).isEqualTo(204);
    }

    /** Member 1 is the lycée des métiers, whose contact is the demonstration member contact; member 3 is the CFA. */
    @Test
    void aMemberContactSaysWhereItsOwnOrganisationTakesPartAndNowhereElse() {
        String body = """
                {"title":"Atelier robotique partagé","pilotName":"Thomas Weber","pilotMemberId":3,"memberIds":[3],
                 "startsOn":"%s","endsOn":"%s"%s}""";
        String starts = LocalDate.now().toString();
        String ends = LocalDate.now().plusMonths(3).toString();
        JsonNode action = json(send(DemoAccount.DIRECTEUR, "POST", ACTIONS, body.formatted(starts, ends, "")));
        String path = ACTIONS + "/" + action.get("id").asLong();
        long version = action.get("version").asLong();

        var joined = send(DemoAccount.CONTACT_MEMBRE, "PUT", path + "/members/1", "");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        assertThat(json(joined).get("members")).extracting(m -> m.get("id").asLong()).containsExactly(1L, 3L);
        assertThat(json(joined).get("version").asLong()).isGreaterThan(version);
        assertThat(send(DemoAccount.CONTACT_MEMBRE, "PUT", path + "/members/1", "").statusCode()).isEqualTo(200);

        assertThat(send(DemoAccount.CONTACT_MEMBRE, "DELETE", path + "/members/3", "").statusCode()).isEqualTo(403);
        assertThat(send(DemoAccount.CONTACT_MEMBRE, "PUT", path, body.formatted(starts, ends, "")).statusCode())
                .isEqualTo(403);
        assertThat(send(DemoAccount.PILOTE_REGIONAL, "PUT", path + "/members/1", "").statusCode()).isEqualTo(403);
        assertThat(send(DemoAccount.CONTACT_MEMBRE, "PUT", "/api/v1/campuses/4/actions/1/members/1", "").statusCode())
                .isEqualTo(403);

        var stale = send(DemoAccount.DIRECTEUR, "PUT", path, body.formatted(starts, ends, ",\"version\":" + version));
        assertThat(stale.statusCode()).as("the team's older page does not undo the contact's word").isEqualTo(409);

        var left = send(DemoAccount.CONTACT_MEMBRE, "DELETE", path + "/members/1", "");
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(json(left).get("members")).extracting(m -> m.get("id").asLong()).containsExactly(3L);

        long done = list(DemoAccount.DIRECTEUR, "?status=TERMINEE").get("content").get(0).get("id").asLong();
        var closed = send(DemoAccount.DIRECTEUR, "PUT", ACTIONS + "/" + done + "/members/1", "");
        assertThat(closed.statusCode()).isEqualTo(422);
        assertThat(json(closed).get("detail").asString()).contains("Terminée");
        assertThat(send(DemoAccount.DIRECTEUR, "DELETE", path, "").statusCode()).isEqualTo(204);
    }

    private JsonNode list(DemoAccount account, String query) {
        var response = get(account, ACTIONS + query);
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
