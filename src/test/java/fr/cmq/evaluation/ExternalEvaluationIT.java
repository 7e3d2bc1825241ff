package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.Scenario;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.SampleFiles;
import fr.cmq.shared.test.WebSession;
import fr.cmq.steering.CampusActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * A submitted self-evaluation goes to experts of the pool: assigned by the administration only once submitted, read by
 * an expert only once it declared no conflict of interest, written by two experts without overwriting each other,
 * published whole; the campus then reads both side by side, the gaps marked, and a gap made a recommendation becomes
 * an action of its plan that links back to it.
 */
@IntegrationTest
class ExternalEvaluationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EVALUATION_LINK = Pattern.compile("href=\"/evaluations-externes/(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    CampusActions actions;

    @Test
    void fromSubmissionToExpertsToComparisonToAnActionOfThePlan(Scenario scenario) {
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        long frameworkId = JSON.readTree(api("GET", "/api/v1/frameworks", null)).get(0).get("id").asLong();
        var codes = codes(frameworkId);
        String self = "/api/v1/campuses/1/self-evaluations/" + JSON.readTree(api("POST",
                "/api/v1/campuses/1/self-evaluations", "{\"frameworkId\":" + frameworkId + "}")).get("id").asLong();
        long assessmentId = Long.parseLong(self.substring(self.lastIndexOf('/') + 1));
        String page = "/campus/1/auto-evaluation/" + assessmentId;

        admin.get(page);
        var early = admin.postForm(page + "/experts", Map.of("expertId", String.valueOf(expertId(DemoAccount.EXPERT))));
        assertThat(early.statusCode()).as(early.body()).isEqualTo(302);
        assertThat(admin.get(page).body()).as("not before submission").contains("une fois l&#39;auto-évaluation soumise");
        for (String code : codes) {
            api("PUT", self + "/references/" + code, "{\"position\":" + (code.equals("1.1.1") ? 4 : 2)
                    + ",\"comment\":\"Lu par l'équipe\",\"facts\":[\"PARTENAIRES\"],\"version\":0}");
        }
        director.get(page + "/domaines/1");
        assertThat(director.postFormWithFile(page + "/references/1.1.1/documents", Map.of("domain", "1"), "file",
                "compte-rendu.docx", SampleFiles.docx()).statusCode()).isEqualTo(302);
        director.get(page);
        director.postForm(page + "/questionnaires", Map.of("audience", "APPRENANTS", "domain", "1"));
        var link = Pattern.compile("/questionnaires/[A-Za-z0-9_-]{20,}").matcher(director.get(page).body());
        assertThat(link.find()).isTrue();
        for (int learner = 0; learner < 5; learner++) {
            var visitor = new WebSession(port);
            visitor.get(link.group());
            assertThat(visitor.postForm(link.group(), Map.of("position_1.1.1", "1")).body()).contains("Merci");
        }
        api("POST", self + "/transitions/submit", "{\"version\":" + JSON.readTree(api("GET", self, null))
                .get("version").asLong() + "}");

        assertThat(admin.postForm(page + "/experts", Map.of("expertId", String.valueOf(expertId(DemoAccount.EXPERT))))
                .statusCode()).isEqualTo(302);
        admin.postForm(page + "/experts", Map.of("expertId", String.valueOf(expertId(DemoAccount.EXPERT_ENTREPRISES))));
        assertThat(director.get(page).body()).contains("Isabelle Roux").contains("déclaration attendue");
        assertThat(director.postForm(page + "/experts", Map.of("expertId", "1")).statusCode()).isEqualTo(403);
        assertThat(director.get(page + "/comparaison").body()).contains("seront lisibles ici dès sa publication")
                .doesNotContain("Lu par les experts");

        var expert = WebSession.signedIn(port, DemoAccount.EXPERT);
        var matcher = EVALUATION_LINK.matcher(expert.get("/evaluations-externes").body());
        assertThat(matcher.find()).isTrue();
        String evaluation = "/evaluations-externes/" + matcher.group(1);
        assertThat(expert.get(evaluation).body()).contains("Je déclare").doesNotContain("Références positionnées");
        assertThat(expert.postForm(evaluation + "/references/0.1.1", Map.of("domain", "0", "version", "0",
                "position", "3")).statusCode()).as("nothing written before the declaration").isEqualTo(403);
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS).get(evaluation).statusCode()).isEqualTo(403);
        expert.postForm(evaluation + "/declaration", Map.of());
        assertThat(expert.get(evaluation).body()).contains("Cochez la déclaration");
        expert.postForm(evaluation + "/declaration", Map.of("noConflict", "true"));
        String domainOne = expert.get(evaluation + "/domaines/1").body();
        assertThat(domainOne).contains("Lu par l&#39;équipe").contains("compte-rendu.docx");
        var evidence = Pattern.compile(evaluation + "/documents/\\d+").matcher(domainOne);
        assertThat(evidence.find()).isTrue();
        assertThat(expert.download(evidence.group()).statusCode()).isEqualTo(200);
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS).get(evidence.group()).statusCode())
                .isEqualTo(403);

        var other = WebSession.signedIn(port, DemoAccount.EXPERT_ENTREPRISES);
        other.get(evaluation);
        other.postForm(evaluation + "/declaration", Map.of("noConflict", "true"));
        for (String code : codes) {
            var written = expert.postForm(evaluation + "/references/" + code, Map.of("domain",
                    code.substring(0, 1), "version", "0", "position", "2", "comment", "Lu par les experts"));
            assertThat(written.statusCode()).as(code).isEqualTo(302);
        }
        var crossed = other.postForm(evaluation + "/references/1.1.1", Map.of("domain", "1", "version", "0",
                "position", "4"));
        assertThat(crossed.statusCode()).isEqualTo(409);
        assertThat(crossed.body()).contains("a répondu entre-temps").contains("expert@cmq.test");
        expert.postForm(evaluation + "/publier", Map.of("version", "0"));
        assertThat(expert.get(evaluation).body()).contains("Avant de publier").contains("7 domaines sans avis");
        for (int domain = 0; domain <= 6; domain++) {
            assertThat(expert.postForm(evaluation + "/domaines/" + domain, Map.of("version", "0", "verdict",
                    "FAVORABLE", "reasons", "Démarche engagée")).statusCode()).isEqualTo(302);
        }
        expert.postForm(evaluation + "/avis", Map.of("version", "0", "verdict", "RESERVE", "reasons",
                "Un réseau actif, une démarche qualité à structurer"));
        String ready = expert.get(evaluation).body();
        assertThat(ready).contains("Vous publiez l&#39;évaluation externe du campus Énergie et maintenance");
        expert.postForm(evaluation + "/publier", Map.of("version", version(ready)));
        assertThat(expert.get(evaluation).body()).contains("Publiée");
        assertThat(JSON.readTree(api("GET", self, null)).get("state").asString()).isEqualTo("EVALUEE");

        String comparison = director.get(page + "/comparaison").body();
        assertThat(comparison).contains("Moyenne des positions par domaine").contains("<svg")
                .contains("Écart marqué").contains("Réservé").contains("Lu par les experts");
        scenario.stimulate(() -> assertThat(director.postForm(page + "/recommandations", Map.of("referenceCode",
                        "1.1.1", "text", "Réunir le comité de pilotage chaque trimestre", "ownerName", "Claire Martin",
                        "dueOn", LocalDate.now().plusMonths(6).toString())).statusCode()).isEqualTo(302))
                .andWaitForStateChange(() -> actions.actionsByOrigin(1), written -> !written.isEmpty())
                .andVerify(written -> {
                    long actionId = written.values().iterator().next();
                    String action = director.get("/campus/1/plan/actions/" + actionId).body();
                    assertThat(action).contains("Réunir le comité de pilotage chaque trimestre")
                            .contains("Claire Martin").contains(page + "/comparaison#recommandation-");
                    assertThat(director.get(page + "/comparaison").body()).contains("Voir l&#39;action du plan");
                });
        try (var pdf = Loader.loadPDF(director.download(page + "/rapport.pdf").body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Rapport d'auto-évaluation du campus Énergie et maintenance").contains("Niveau ")
                    .contains("Domaine 0 — Opportunité économique").contains("Domaine 6 — Identité et vie du campus")
                    .contains("membres actifs du réseau").contains("Lu par les experts")
                    .contains("Évaluation externe publiée le").contains("Réponses du réseau")
                    .contains("5 réponses — 1 : 5, 2 : 0, 3 : 0, 4 : 0").contains("compte-rendu.docx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var workbook = director.download(page + "/rapport.xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        var late = director.postForm(page + "/recommandations", Map.of("referenceCode", "1.1.1", "text", "",
                "ownerName", "Claire Martin", "dueOn", "2020-01-01"));
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("Écrivez la recommandation").contains("value=\"Claire Martin\"");
    }

    private List<String> codes(long frameworkId) {
        var codes = new ArrayList<String>();
        for (var domain : JSON.readTree(api("GET", "/api/v1/frameworks/" + frameworkId, null)).get("domains")) {
            for (var field : domain.get("fields")) {
                for (var reference : field.get("references")) {
                    codes.add(reference.get("code").asString());
                }
            }
        }
        return codes;
    }

    private long expertId(DemoAccount account) {
        var experts = JSON.readTree(new WebSession(port).getWithBasic("/api/v1/experts", DemoAccount.ADMIN.email,
                DemoAccount.PASSWORD).body());
        for (var expert : experts) {
            if (expert.get("email").asString().equals(account.email)) {
                return expert.get("id").asLong();
            }
        }
        throw new AssertionError("no expert " + account.email);
    }

    private static String version(String page) {
        var found = Pattern.compile("id=\"publish-form\".*?name=\"version\" value=\"(\\d+)\"", Pattern.DOTALL)
                .matcher(page);
        assertThat(found.find()).isTrue();
        return found.group(1);
    }

    private String api(String method, String path, String body) {
        var session = new WebSession(port);
        var response = body == null ? session.getWithBasic(path, DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD)
                : session.jsonWithBasic(method, path, body, DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(response.statusCode()).as(method + " " + path + " " + response.body()).isLessThan(300);
        return response.body();
    }
}
