package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.NginxBalancer;
import fr.cmq.shared.test.PackagedPlatform;
import fr.cmq.shared.test.SampleFiles;
import fr.cmq.shared.test.WebSession;

/**
 * Two instances of the packaged jar on one PostgreSQL behind nginx (round-robin, no stickiness) serve as one: a user
 * signed in through one acts through the other, a change made through one is read by a visitor of the other, a
 * document stored through one is served by the other, failed sign-ins spread over both lock as one, and one killed
 * without its shutdown loses no signed-in session.
 */
class TwoInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path shared;
    @TempDir
    Path balancer;

    @Test
    void twoInstancesOnOneDatabaseBehindABalancerServeAsOne() throws Exception {
        int portA = PackagedPlatform.freePort();
        int portB = PackagedPlatform.freePort();
        // the first runs the database (embedded); the second uses it as an external one, and the same data folder
        var first = PackagedPlatform.start("two-instances-a", portA, shared, Map.of());
        Process second = null;
        try {
            second = PackagedPlatform.start("two-instances-b", portB, shared, Map.of(
                    "SPRING_DATASOURCE_URL", PackagedPlatform.database(shared),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", PackagedPlatform.databasePassword(shared)));
            try (var nginx = NginxBalancer.inFrontOf(balancer, portA, portB)) {
                var signedIn = servesAsOne("http://localhost:" + portA, "http://localhost:" + portB, nginx.address());

                first.destroyForcibly().waitFor();
                var survivor = signedIn.at(nginx.address());
                for (int i = 0; i < 4; i++) {
                    assertThat(survivor.get("/espace").statusCode()).as("signed in still, A killed").isEqualTo(200);
                }
            }
        } finally {
            if (second != null) {
                PackagedPlatform.stop(second);
            }
            PackagedPlatform.stop(first);
        }
    }

    /** Answers the session signed in through A, for what follows. */
    private WebSession servesAsOne(String onA, String onB, String balanced) throws Exception {
        var signedIn = new WebSession(onA);
        assertThat(signedIn.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(signedIn.at(onB).get("/espace").statusCode()).as("signed in on A, read on B").isEqualTo(200);
        var throughTheBalancer = signedIn.at(balanced);
        for (int i = 0; i < 4; i++) {
            assertThat(throughTheBalancer.get("/espace").statusCode()).as("round-robin, no stickiness").isEqualTo(200);
        }

        var visitor = new WebSession(onB);
        visitor.get("/campus/1");
        assertThat(visitor.get("/campus/1").body()).doesNotContain("revue par deux instances");
        String presentation = "Présentation revue par deux instances " + System.nanoTime();
        changePresentation(onA, presentation);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> visitor.get("/campus/1").body().contains(presentation));

        var director = signedIn.at(onA);
        director.get("/campus/1/documents");
        assertThat(director.postFormWithFile("/campus/1/documents/convention", Map.of(), "file", "convention.pdf",
                SampleFiles.PDF).statusCode()).isEqualTo(302);
        var download = signedIn.at(onB).get("/campus/1/documents/" + conventionDocument());
        assertThat(download.statusCode()).as("stored through A, served by B").isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(SampleFiles.PDF, StandardCharsets.US_ASCII));

        var attacker = new WebSession(balanced);
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.getWithBasic("/api/v1/me", DemoAccount.CHEF_ETABLISSEMENT.email, "pas le bon")
                    .statusCode()).isEqualTo(401);
        }
        for (String instance : new String[] { onA, onB }) {
            var locked = new WebSession(instance).getWithBasic("/api/v1/me", DemoAccount.CHEF_ETABLISSEMENT.email,
                    DemoAccount.PASSWORD);
            assertThat(locked.body()).as("five failures over both instances lock %s", instance)
                    .contains("Trop de tentatives");
        }
        return signedIn;
    }

    private static void changePresentation(String instance, String presentation) {
        var admin = new WebSession(instance);
        var campus = (ObjectNode) JSON.readTree(admin.getWithBasic("/api/v1/campuses/1", DemoAccount.ADMIN.email,
                DemoAccount.PASSWORD).body());
        var change = JSON.createObjectNode().put("name", campus.get("name").asString())
                .put("presentation", presentation).put("version", campus.get("version").asLong());
        var answer = admin.jsonWithBasic("PUT", "/api/v1/campuses/1", change.toString(), DemoAccount.ADMIN.email,
                DemoAccount.PASSWORD);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private long conventionDocument() throws Exception {
        try (var connection = DriverManager.getConnection(PackagedPlatform.database(shared), "postgres",
                PackagedPlatform.databasePassword(shared));
                var result = connection.createStatement()
                        .executeQuery("select convention_document_id from campus where id = 1")) {
            result.next();
            return result.getLong(1);
        }
    }
}
