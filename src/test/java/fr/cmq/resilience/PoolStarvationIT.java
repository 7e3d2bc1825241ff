package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * One campus's team fires its long work all at once — twenty imports of a large file and twenty PDF exports of its
 * dossiers — while someone else reads their workspace: that person keeps being answered all along, nobody gets a
 * server error, and what is refused for now is told when to come back (429, Retry-After) instead of queuing. How fast
 * the reader is answered is printed, not asserted: a clock in a test fails on a busy machine, not on a starved pool
 * (speed is measured by bench/).
 */
@IntegrationTest
class PoolStarvationIT {

    private static final int AT_ONCE = 20;
    private static final int MEASURE_LINES = 120_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oneTeamsLongWorkNeverStarvesAnotherUser() throws Exception {
        var team = new WebSession(port);
        team.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        team.get("/campus/1/tableau-de-bord");
        var dossiers = jdbc.sql("select id from dossier where campus_id = 1").query(Long.class).list();
        assertThat(dossiers).isNotEmpty();
        var reader = new WebSession(port);
        reader.signIn(DemoAccount.PILOTE_ACADEMIQUE.email, DemoAccount.PASSWORD);
        assertThat(reader.get("/espace").statusCode()).isEqualTo(200);
        byte[] measures = largeMeasuresFile();

        var statuses = new ConcurrentLinkedQueue<String>();
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var longWorkDone = new AtomicBoolean();
        var start = new CountDownLatch(1);
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            var longWork = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < AT_ONCE; i++) {
                long dossier = dossiers.get(i % dossiers.size());
                longWork.add(workers.submit(() -> {
                    start.await();
                    var answer = team.postFormWithFile("/campus/1/tableau-de-bord/import", Map.of(), "file",
                            "mesures.csv", measures);
                    statuses.add("import " + answer.statusCode() + retryAfter(answer));
                    return null;
                }));
                longWork.add(workers.submit(() -> {
                    start.await();
                    var answer = team.download("/dossiers/" + dossier + "/pdf");
                    statuses.add("pdf " + answer.statusCode() + retryAfter(answer));
                    return null;
                }));
            }
            var reading = workers.submit(() -> {
                start.await();
                while (!longWorkDone.get()) {
                    long begun = System.nanoTime();
                    var answer = reader.get("/espace");
                    latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
                    statuses.add("reader " + answer.statusCode());
                }
                return null;
            });
            start.countDown();
            for (var work : longWork) {
                work.get(5, TimeUnit.MINUTES);
            }
            longWorkDone.set(true);
            reading.get(1, TimeUnit.MINUTES);
        }

        var sorted = latencies.stream().sorted().toList();
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        System.out.printf("Pool starvation: %d imports and %d PDF at once; the other user read %d pages, p50 %d ms, "
                + "p99 %d ms, max %d ms; answers %s%n", AT_ONCE, AT_ONCE, sorted.size(), sorted.get(sorted.size() / 2),
                p99, sorted.getLast(), count(statuses));
        assertThat(statuses).as("no server error, nothing but done, being prepared, or refused for now with when")
                .allMatch(status -> status.matches("(import|pdf) (200|202|302|429 retry-after \\d+)|reader 200"));
        assertThat(statuses).as("some of the long work was done").anyMatch(status -> status.startsWith("import 200"))
                .anyMatch(status -> status.startsWith("pdf 200"));
        // starved, the reader would wait for a connection until the long work ended: a handful of pages at most
        assertThat(sorted.size()).as("pages the other user read while the long work ran").isGreaterThanOrEqualTo(AT_ONCE);
    }

    private static String retryAfter(java.net.http.HttpResponse<?> answer) {
        return answer.statusCode() == 429
                ? " retry-after " + answer.headers().firstValue("Retry-After").orElse("absent")
                : "";
    }

    private static Map<String, Long> count(ConcurrentLinkedQueue<String> statuses) {
        return statuses.stream().collect(java.util.stream.Collectors.groupingBy(
                status -> status.replaceAll(" retry-after \\d+", ""), java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    /** A long file of measures, one a day going back from yesterday, so that the import takes a while. */
    private static byte[] largeMeasuresFile() {
        var csv = new StringBuilder("indicateur;date;valeur;commentaire\n");
        var day = LocalDate.now().minusDays(1);
        var format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (int i = 0; i < MEASURE_LINES; i++) {
            csv.append(i % 2 == 0 ? "ENSEIGNANTS_FORMES" : "APPRENTIS").append(';')
                    .append(day.minusDays(i / 2).format(format)).append(';').append(i % 500).append(";Relevé\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
