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
 * The budget API on the demonstration data: campus 1's budget of this year is submitted, with contributions from
 * all its members but its lycée des métiers (member 1, whose contact is the demonstration member contact); member 3
 * is its CFA. Campus 4 is out of the contact's and the director's scope.
 */
@IntegrationTest
class BudgetApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int YEAR = LocalDate.now().getYear();
    private static final String BUDGET = "/api/v1/campuses/1/budgets/" + YEAR;

    @LocalServerPort
    int port;

    @Test
    void theBudgetAnswersItsLinesContributionsTotalsAndTheMembersThatGaveNothing() {
        JsonNode budget = read(DemoAccount.DIRECTEUR);

        assertThat(budget.get("status").asString()).isEqualTo("SOUMIS");
        assertThat(budget.get("lines").size()).isPositive();
        JsonNode contribution = budget.get("contributions").get(0);
        assertThat(contribution.has("memberId")).isTrue();
        assertThat(contribution.get("kind").asString()).isIn("FINANCIERE", "MATERIELLE", "HUMAINE");
        assertThat(contribution.get("amount").decimalValue()).isPositive();
        assertThat(budget.get("membersWithoutContribution")).hasSize(1);
        assertThat(budget.get("membersWithoutContribution").get(0).get("id").asLong()).isEqualTo(1);
        assertThat(budget.get("membersWithoutContribution").get(0).get("name").asString()).contains("Lycée");
        assertThat(budget.get("totals").get("resourcesPlanned").decimalValue()).isPositive();

        assertThat(get(DemoAccount.PILOTE_ACADEMIQUE, BUDGET).statusCode()).isEqualTo(200);
        assertThat(get(DemoAccount.CONTACT_MEMBRE, BUDGET).statusCode()).isEqualTo(403);
        assertThat(get(DemoAccount.DIRECTEUR, "/api/v1/campuses/4/budgets/" + YEAR).statusCode()).isEqualTo(403);
        assertThat(new WebSession(port).get(BUDGET).statusCode()).isIn(401, 403);
        assertThat(get(DemoAccount.DIRECTEUR, "/api/v1/campuses/1/budgets/99999").statusCode()).isEqualTo(404);
    }

    @Test
    void aMemberContactDeclaresItsOwnOrganisationsContributionAndNothingElse() {
        var own = send(DemoAccount.CONTACT_MEMBRE, "POST", BUDGET + "/contributions",
                "{\"memberId\":1,\"kind\":\"HUMAINE\",\"amount\":1234.5,\"hours\":40,\"description\":\"Jurys\"}");
        assertThat(own.statusCode()).isEqualTo(201);
        assertThat(json(own).get("amount").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(json(own).get("planned").asBoolean()).isFalse();
        assertThat(read(DemoAccount.DIRECTEUR).get("membersWithoutContribution")).isEmpty();

        var other = send(DemoAccount.CONTACT_MEMBRE, "POST", BUDGET + "/contributions",
                "{\"memberId\":3,\"kind\":\"FINANCIERE\",\"amount\":10}");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).get("status").asInt()).isEqualTo(403);
        var elsewhere = send(DemoAccount.CONTACT_MEMBRE, "POST", "/api/v1/campuses/4/budgets/" + YEAR + "/contributions",
                "{\"memberId\":1,\"kind\":\"FINANCIERE\",\"amount\":10}");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        var lines = send(DemoAccount.CONTACT_MEMBRE, "POST", BUDGET + "/lines",
                "{\"direction\":\"RESSOURCE\",\"source\":\"REGION\",\"planned\":1,\"version\":0}");
        assertThat(lines.statusCode()).isEqualTo(403);

        // the team declares for any member; a contact withdraws only its own
        var byTeam = send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                "{\"memberId\":3,\"kind\":\"MATERIELLE\",\"amount\":300,\"description\":\"Prêt d'un banc\"}");
        assertThat(byTeam.statusCode()).isEqualTo(201);
        long teamsId = json(byTeam).get("id").asLong();
        assertThat(send(DemoAccount.CONTACT_MEMBRE, "DELETE", BUDGET + "/contributions/" + teamsId, "").statusCode())
                .isEqualTo(403);
        assertThat(send(DemoAccount.CONTACT_MEMBRE, "DELETE", BUDGET + "/contributions/" + json(own).get("id").asLong(), "")
                .statusCode()).isEqualTo(204);
        assertThat(read(DemoAccount.DIRECTEUR).get("membersWithoutContribution")).hasSize(1);
    }

    @Test
    void badFiguresAreRefusedByField() {
        assertField(send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                "{\"memberId\":3,\"kind\":\"FINANCIERE\",\"amount\":-5}"), "amount");
        assertField(send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                "{\"memberId\":3,\"kind\":\"FINANCIERE\",\"amount\":1.234}"), "amount");
        assertField(send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                "{\"memberId\":3,\"kind\":\"FINANCIERE\",\"amount\":10,\"hours\":3}"), "hours");
        assertField(send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                "{\"memberId\":3,\"amount\":10}"), "kind");
        assertField(send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                "{\"memberId\":999999,\"kind\":\"FINANCIERE\",\"amount\":10}"), "memberId");
        // a promise belongs to the planned budget, closed once submitted
        assertThat(send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                "{\"memberId\":3,\"kind\":\"FINANCIERE\",\"amount\":10,\"planned\":true}").statusCode()).isEqualTo(422);
    }

    private HttpResponse<String> step(DemoAccount account, String step, long version, String reason) {
        return send(account, "POST", BUDGET + "/" + step,
                "{\"version\":" + version + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    @Test
    void theChefSignsOffAndAValidatedBudgetChangesOnlyThroughAnAmendment() {
        long version = read(DemoAccount.DIRECTEUR).get("version").asLong();
        assertThat(step(DemoAccount.DIRECTEUR, "validate", version, null).statusCode()).isEqualTo(403);
        assertThat(step(DemoAccount.CHEF_ETABLISSEMENT, "validate", version - 1, null).statusCode()).isEqualTo(409);

        var validated = step(DemoAccount.CHEF_ETABLISSEMENT, "validate", version, null);
        assertThat(validated.statusCode()).isEqualTo(200);
        assertThat(json(validated).get("status").asString()).isEqualTo("VALIDE");
        assertThat(json(validated).get("validatedBy").asString()).isEqualTo(DemoAccount.CHEF_ETABLISSEMENT.email);
        version = json(validated).get("version").asLong();

        var line = send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/lines",
                "{\"direction\":\"RESSOURCE\",\"source\":\"ETAT\",\"planned\":100,\"version\":" + version + "}");
        assertThat(line.statusCode()).isEqualTo(422);
        assertThat(json(line).get("detail").asString()).contains("avenant");

        // what was spent is still recorded on a validated budget
        JsonNode first = json(validated).get("lines").get(0);
        var actual = send(DemoAccount.DIRECTEUR, "PUT", BUDGET + "/lines/" + first.get("id").asLong(),
                "{\"direction\":\"" + first.get("direction").asString() + "\",\"source\":\"" + first.get("source").asString()
                        + "\",\"label\":\"" + first.get("label").asString() + "\",\"planned\":" + first.get("planned").decimalValue()
                        + ",\"actual\":59999.99,\"version\":" + version + "}");
        assertThat(actual.statusCode()).isEqualTo(200);
        version = json(actual).get("version").asLong();

        assertField(step(DemoAccount.DIRECTEUR, "amend", version, null), "reason");
        var amended = step(DemoAccount.DIRECTEUR, "amend", version, "Nouvelle subvention de l'État");
        assertThat(json(amended).get("status").asString()).isEqualTo("BROUILLON");
        assertThat(json(amended).get("amendments").get(0).get("reason").asString()).isEqualTo("Nouvelle subvention de l'État");
        version = json(amended).get("version").asLong();
        assertThat(send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/lines",
                "{\"direction\":\"RESSOURCE\",\"source\":\"ETAT\",\"planned\":100,\"version\":" + version + "}")
                .statusCode()).isEqualTo(200);

        // two people on the same version: the second is told, nothing is overwritten
        var stale = send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/lines",
                "{\"direction\":\"DEPENSE\",\"label\":\"Communication\",\"planned\":50,\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("current").get("version").asLong()).isGreaterThan(version);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private JsonNode read(DemoAccount account) {
        var response = get(account, BUDGET);
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
