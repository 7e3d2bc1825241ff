package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
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
import fr.cmq.shared.test.TestMailServer;
import fr.cmq.shared.test.WebSession;

/**
 * Two instances of the packaged jar on one PostgreSQL behind nginx (round-robin, no stickiness) serve as one: a user
 * signed in through one acts through the other, a change made through one is read by a visitor of the other, a
 * document stored through one is served by the other, failed sign-ins spread over both lock as one, and one killed
 * without its shutdown loses no signed-in session and no e-mail it was sending.
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
        // A's mail server accepts and never answers: A is killed while it sends; B's reaches the real one
        var silentMailServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        // the first runs the database (embedded); the second uses it as an external one, and the same data folder
        var first = PackagedPlatform.start("two-instances-a", portA, shared, Map.of("SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", Integer.toString(silentMailServer.getLocalPort())));
        Process second = null;
        try (silentMailServer) {
            second = PackagedPlatform.start("two-instances-b", portB, shared, Map.of(
                    "SPRING_DATASOURCE_URL", PackagedPlatform.database(shared),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", PackagedPlatform.databasePassword(shared),
                    "SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(TestMailServer.port())),
                    // what A was handling when it died is taken up by B within seconds, not ten minutes
                    "--spring.modulith.events.staleness.published=PT3S",
                    "--spring.modulith.events.staleness.processing=PT3S",
                    "--spring.modulith.events.staleness.check-interval=PT1S",
                    "--cmq.jobs.event-retry-delay=PT1S", "--cmq.jobs.event-retry-after=PT1S");
            // A's events of the demonstration data (those that change campuses) are handled before anyone acts
            await().atMost(Duration.ofSeconds(90)).until(() -> number("select count(*) from event_publication"
                    + " where completion_date is null and listener_id not like '%Mails.%'") == 0);
            try (var nginx = NginxBalancer.inFrontOf(balancer, portA, portB)) {
                var signedIn = servesAsOne("http://localhost:" + portA, "http://localhost:" + portB, nginx.address());

                killedWhileSending(first, "http://localhost:" + portA, silentMailServer);
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
            PackagedPlatform.stopDatabase(shared);
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

    /** A is killed while it sends an e-mail asked of it; the e-mail reaches its recipient, sent once, by B. */
    private void killedWhileSending(Process a, String onA, ServerSocket silentMailServer) throws Exception {
        String email = DemoAccount.PILOTE_ACADEMIQUE.email;
        long before = resetMails(email);
        var forgotten = new WebSession(onA);
        forgotten.get("/mot-de-passe-oublie");
        assertThat(forgotten.postForm("/mot-de-passe-oublie", Map.of("email", email)).statusCode()).isEqualTo(302);
        silentMailServer.setSoTimeout(30_000);
        try (var sending = silentMailServer.accept()) {
            a.destroyForcibly().waitFor();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> resetMails(email) > before && number("select count(*) from event_publication"
                        + " where event_type like '%PasswordResetAsked'") == 0);
        assertThat(resetMails(email)).as("sent once").isEqualTo(before + 1);
    }

    private static long resetMails(String email) {
        return TestMailServer.receivedBy(email).stream()
                .filter(mail -> mail.subject().equals("Réinitialisation de votre mot de passe")).count();
    }

    /** Changes campus 1's presentation as its editor would: read it, write it, read again when someone came between. */
    private static void changePresentation(String instance, String presentation) {
        var admin = new WebSession(instance);
        HttpResponse<String> answer;
        int attempts = 0;
        do {
            var campus = (ObjectNode) JSON.readTree(admin.getWithBasic("/api/v1/campuses/1", DemoAccount.ADMIN.email,
                    DemoAccount.PASSWORD).body());
            var change = JSON.createObjectNode().put("name", campus.get("name").asString())
                    .put("presentation", presentation).put("version", campus.get("version").asLong());
            answer = admin.jsonWithBasic("PUT", "/api/v1/campuses/1", change.toString(), DemoAccount.ADMIN.email,
                    DemoAccount.PASSWORD);
        } while (answer.statusCode() == 409 && ++attempts < 5);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private long conventionDocument() throws Exception {
        return number("select convention_document_id from campus where id = 1");
    }

    /** The number this query reads in the instances' database. */
    private long number(String query) throws Exception {
        try (var connection = DriverManager.getConnection(PackagedPlatform.database(shared), "postgres",
                PackagedPlatform.databasePassword(shared));
                var result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
