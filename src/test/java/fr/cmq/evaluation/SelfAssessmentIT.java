package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.Scenario;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team of a campus opens a self-evaluation on a référentiel, answers it référence by référence (two people on
 * the same one meet a conflict, nothing overwritten), cannot submit it incomplete, submits it whole; then it no longer
 * changes, and the campus's maturity sees it carried out.
 */
@IntegrationTest
class SelfAssessmentIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/campuses/1/self-evaluations";

    @LocalServerPort
    int port;
    @Autowired
    CampusMaturity maturity;

    @Test
    void aSelfEvaluationIsAnsweredThenSubmittedWholeAndTheMaturitySeesIt(Scenario scenario) {
        var framework = JSON.readTree(get("/api/v1/frameworks").body()).get(0);
        long frameworkId = framework.get("id").asLong();
        var opened = send("POST", BASE, "{\"frameworkId\":" + frameworkId + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String one = BASE + "/" + JSON.readTree(opened.body()).get("id").asLong();
        assertThat(send("POST", BASE, "{\"frameworkId\":" + frameworkId + "}").statusCode()).as("one under way")
                .isEqualTo(422);

        var answered = send("PUT", one + "/references/1.1.1", "{\"position\":3,\"comment\":\"Comité réuni deux fois\","
                + "\"facts\":[\"INSTANCES\"],\"version\":0}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(JSON.readTree(answered.body()).get("version").asLong()).isEqualTo(1);
        var crossed = send("PUT", one + "/references/1.1.1", "{\"position\":1,\"version\":0}");
        assertThat(crossed.statusCode()).isEqualTo(409);
        assertThat(crossed.body()).contains("Comité réuni deux fois");
        var outOfScale = send("PUT", one + "/references/1.1.2", "{\"position\":7,\"version\":0}");
        assertThat(outOfScale.statusCode()).isEqualTo(400);
        assertThat(outOfScale.body()).contains("\"field\":\"position\"");
        assertThat(send("PUT", one + "/references/9.9.9", "{\"position\":2,\"version\":0}").statusCode()).isEqualTo(404);
        var early = send("POST", one + "/transitions/submit", "{\"version\":" + version(one) + "}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("29 références sont encore sans position");

        for (var domain : JSON.readTree(get("/api/v1/frameworks/" + frameworkId).body()).get("domains")) {
            for (var field : domain.get("fields")) {
                for (var reference : field.get("references")) {
                    String code = reference.get("code").asString();
                    if (!code.equals("1.1.1")) {
                        assertThat(send("PUT", one + "/references/" + code, "{\"position\":2,\"version\":0}")
                                .statusCode()).isEqualTo(200);
                    }
                }
            }
        }
        JsonNode read = JSON.readTree(get(one).body());
        assertThat(read.get("allowedTransitions").get(0).asString()).isEqualTo("SUBMIT");
        assertThat(send("POST", one + "/transitions/submit", "{\"version\":-1}").statusCode()).isEqualTo(409);

        scenario.stimulate(() -> assertThat(send("POST", one + "/transitions/submit", "{\"version\":"
                        + read.get("version").asLong() + "}").statusCode()).isEqualTo(200))
                .andWaitForStateChange(() -> maturity.of(1).map(found -> found.rules().stream()
                        .anyMatch(rule -> rule.rule().equals("SelfAssessmentCarriedOut") && rule.met())).orElse(false),
                        met -> met)
                .andVerify(met -> {
                    assertThat(JSON.readTree(get(one).body()).get("state").asString()).isEqualTo("SOUMISE");
                    assertThat(send("PUT", one + "/references/1.1.1", "{\"position\":4,\"version\":1}").statusCode())
                            .as("a submitted self-evaluation no longer changes").isEqualTo(422);
                });
        assertThat(new WebSession(port).getWithBasic(BASE, DemoAccount.DIRECTEUR_BOIS.email, DemoAccount.PASSWORD)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theTeamAnswersADomainOnItsPageAndACrossedAnswerIsShownBesideItsOwn() {
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        String list = director.get("/campus/1/auto-evaluation").body();
        assertThat(list).contains("Engager une auto-évaluation");
        long frameworkId = JSON.readTree(get("/api/v1/frameworks").body()).get(0).get("id").asLong();
        var opened = director.postForm("/campus/1/auto-evaluation", Map.of("frameworkId", String.valueOf(frameworkId)));
        assertThat(opened.statusCode()).isEqualTo(302);
        String path = java.net.URI.create(opened.headers().firstValue("Location").orElseThrow()).getPath();

        String domain = director.get(path + "/domaines/0").body();
        assertThat(domain).contains("Domaine 0 — Opportunité économique").contains("Projeter : ce qui est attendu")
                .contains("3 — Structuré").contains("Diagnostic");
        var saved = director.postForm(path + "/references/0.1.1", Map.of("domain", "0", "version", "0",
                "position", "2", "comment", "Diagnostic de 2025 <script>", "facts", "DIAGNOSTIC"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(director.get(path + "/domaines/0").body()).contains("Diagnostic de 2025 &lt;script&gt;");
        var crossed = director.postForm(path + "/references/0.1.1", Map.of("domain", "0", "version", "0",
                "position", "4", "comment", "Autre avis"));
        assertThat(crossed.statusCode()).isEqualTo(409);
        assertThat(crossed.body()).contains("a répondu entre-temps")
                .contains("do.energie@cmq.test");
        assertThat(director.get(path).body()).contains("1 sur 4").contains("Elle pourra être soumise");
        assertThat(director.get("/espace").body()).contains("évaluation du campus Énergie et maintenance : 1 sur 30"
                + " références positionnées").contains("href=\"" + path + "\"");
    }

    private HttpResponse<String> get(String path) {
        return new WebSession(port).getWithBasic(path, DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return new WebSession(port).jsonWithBasic(method, path, body, DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
    }

    private long version(String path) {
        return JSON.readTree(get(path).body()).get("version").asLong();
    }
}
