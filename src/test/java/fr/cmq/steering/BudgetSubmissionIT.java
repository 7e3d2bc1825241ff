package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * A budget is submitted as it stands: planned contributions declared while it is submitted either make it in (the
 * submission then meets a conflict and is tried again on the new version) or are refused; none lands after. And
 * whoever submitted it does not validate it too.
 */
@IntegrationTest
class BudgetSubmissionIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int YEAR = LocalDate.now().getYear() + 1;
    private static final String BUDGET = "/api/v1/campuses/1/budgets/" + YEAR;
    private static final int AT_ONCE = 40;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void nothingPlannedLandsAfterTheSubmissionAndTheSubmitterDoesNotValidate() throws Exception {
        long version = version(send(DemoAccount.DIRECTEUR, "GET", BUDGET, ""));
        var line = send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/lines",
                "{\"direction\":\"RESSOURCE\",\"source\":\"REGION\",\"planned\":1000,\"version\":" + version + "}");
        assertThat(line.statusCode()).isIn(200, 201);

        var start = new CountDownLatch(1);
        var declared = new ArrayList<Future<Integer>>();
        HttpResponse<String> submitted;
        try (var team = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < AT_ONCE; i++) {
                declared.add(team.submit(() -> {
                    start.await();
                    return send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                            "{\"memberId\":3,\"kind\":\"FINANCIERE\",\"amount\":10,\"planned\":true}").statusCode();
                }));
            }
            var submission = team.submit(() -> {
                start.await();
                HttpResponse<String> answer;
                do {
                    answer = send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/submit",
                            "{\"version\":" + version(send(DemoAccount.DIRECTEUR, "GET", BUDGET, "")) + "}");
                } while (answer.statusCode() == 409);
                return answer;
            });
            start.countDown();
            submitted = submission.get();
        }
        assertThat(submitted.statusCode()).isEqualTo(200);
        for (var answer : declared) {
            assertThat(answer.get()).as("declared before, or refused once submitted").isIn(201, 409, 422);
        }
        int listed = JSON.readTree(submitted.body()).get("contributions").size();
        assertThat(plannedInDatabase()).as("what the submission listed is what the budget holds").isEqualTo(listed);
        assertThat(send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/contributions",
                "{\"memberId\":3,\"kind\":\"FINANCIERE\",\"amount\":10,\"planned\":true}").statusCode()).isEqualTo(422);

        long submittedVersion = version(submitted);
        var ownValidation = send(DemoAccount.DIRECTEUR, "POST", BUDGET + "/validate", "{\"version\":" + submittedVersion + "}");
        assertThat(ownValidation.statusCode()).as("a director who also signs off may not validate its own submission")
                .isIn(403, 422);
        jdbc.sql("update campus_budget set submitted_by = :chef where campus_id = 1 and year = :year")
                .param("chef", DemoAccount.CHEF_ETABLISSEMENT.email).param("year", YEAR).update();
        var selfValidated = send(DemoAccount.CHEF_ETABLISSEMENT, "POST", BUDGET + "/validate",
                "{\"version\":" + submittedVersion + "}");
        assertThat(selfValidated.statusCode()).isEqualTo(422);
        assertThat(selfValidated.body()).contains("une autre personne");
    }

    private int plannedInDatabase() {
        return jdbc.sql("select count(*) from contribution where campus_id = 1 and year = :year and planned")
                .param("year", YEAR).query(Integer.class).single();
    }

    private static long version(HttpResponse<String> budget) {
        return JSON.readTree(budget.body()).get("version").asLong();
    }

    private HttpResponse<String> send(DemoAccount account, String method, String path, String body) {
        var session = new WebSession(port);
        return method.equals("GET") ? session.getWithBasic(path, account.email, DemoAccount.PASSWORD)
                : session.jsonWithBasic(method, path, body, account.email, DemoAccount.PASSWORD);
    }
}
