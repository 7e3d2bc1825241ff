package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team opens a questionnaire to a group by a link; anyone with the link answers once per browser session without
 * an account; the self-evaluation shows each group beside the team's position, a group of fewer than five hidden, a
 * divergence flagged; a hostile answer is refused, a closed questionnaire answers no more, a class answering at once
 * is counted whole.
 */
@IntegrationTest
class NetworkSurveyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("/questionnaires/([A-Za-z0-9_-]{20,})");

    @LocalServerPort
    int port;

    @Test
    void theNetworkAnswersAnonymouslyOnceEachAndTheTeamSeesItsGroupsBesideItsOwnPosition() throws Exception {
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        long frameworkId = JSON.readTree(new WebSession(port).getWithBasic("/api/v1/frameworks",
                DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD).body()).get(0).get("id").asLong();
        var opened = new WebSession(port).jsonWithBasic("POST", "/api/v1/campuses/1/self-evaluations",
                "{\"frameworkId\":" + frameworkId + "}", DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        long assessment = JSON.readTree(opened.body()).get("id").asLong();
        new WebSession(port).jsonWithBasic("PUT", "/api/v1/campuses/1/self-evaluations/" + assessment
                        + "/references/1.1.1", "{\"position\":4,\"version\":0}", DemoAccount.DIRECTEUR.email,
                DemoAccount.PASSWORD);
        String page = "/campus/1/auto-evaluation/" + assessment;
        director.get(page);
        director.postForm(page + "/questionnaires", Map.of("audience", "APPRENANTS", "domain", "1"));
        director.postForm(page + "/questionnaires", Map.of("audience", "ENSEIGNANTS", "domain", "1"));
        String overview = director.get(page).body();
        var links = LINK.matcher(overview);
        assertThat(links.find()).isTrue();
        String learners = "/questionnaires/" + links.group(1);
        assertThat(links.find()).isTrue();
        String teachers = "/questionnaires/" + links.group(1);
        assertThat(overview).contains("http://localhost:8080/questionnaires/");
        assertThat(director.postForm(page + "/questionnaires", Map.of("audience", "APPRENANTS", "domain", "1"))
                .statusCode()).isEqualTo(302);
        assertThat(director.get(page).body()).contains("Un questionnaire est déjà ouvert à ce groupe");

        var visitor = new WebSession(port);
        String form = visitor.get(learners).body();
        assertThat(form).contains("Questionnaire du campus Énergie et maintenance").contains("Apprenants")
                .contains("Vos réponses sont anonymes");
        assertThat(visitor.postForm(learners, Map.of("position_1.1.1", "9")).statusCode()).isEqualTo(400);
        assertThat(visitor.postForm(learners, Map.of("position_9.9.9", "2")).statusCode()).isEqualTo(400);
        assertThat(visitor.postForm(learners, Map.of("position_1.1.1", "<script>")).body())
                .doesNotContain("<script>");
        assertThat(visitor.postForm(learners, Map.of("position_1.1.1", "1")).body()).contains("Merci");
        visitor.get(learners);
        assertThat(visitor.postForm(learners, Map.of("position_1.1.1", "1")).body()).contains("déjà répondu");

        var answers = new ArrayList<java.util.concurrent.Future<Integer>>();
        try (var crowd = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 24; i++) {
                answers.add(crowd.submit(() -> {
                    var learner = new WebSession(port);
                    learner.get(learners);
                    return learner.postForm(learners, Map.of("position_1.1.1", "1", "position_1.1.2", "2"))
                            .statusCode();
                }));
            }
        }
        for (var answered : answers) {
            assertThat(answered.get()).isEqualTo(200);
        }
        for (int i = 0; i < 4; i++) {
            var teacher = new WebSession(port);
            teacher.get(teachers);
            teacher.postForm(teachers, Map.of("position_1.1.1", "4"));
        }

        assertThat(director.get(page).body()).contains("<td>25</td>").contains("<td>4</td>");
        String domain = director.get(page + "/domaines/1").body();
        assertThat(domain).contains("Les lectures divergent").contains("25 réponses — 1 : 25, 2 : 0, 3 : 0, 4 : 0")
                .contains("4 réponses : moins de 5, non affichées");

        director.get(page);
        var surveys = java.util.regex.Pattern.compile("questionnaires/(\\d+)/cloture").matcher(director.get(page).body());
        assertThat(surveys.find()).isTrue();
        director.postForm(page + "/questionnaires/" + surveys.group(1) + "/cloture", Map.of());
        var late = new WebSession(port);
        String closedPage = late.get(learners).body().contains("Ce questionnaire est clos") ? learners : teachers;
        assertThat(late.get(closedPage).body()).contains("Ce questionnaire est clos");
        assertThat(new WebSession(port).get("/questionnaires/inconnu").statusCode()).isEqualTo(404);
    }
}
