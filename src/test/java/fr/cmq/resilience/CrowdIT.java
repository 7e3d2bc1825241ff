package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * A crowd: 64 visitors at once on every public page and API, and signed-in API clients at once; then every list asked
 * for pages no list has. Never an error, never a huge answer. The routes are read from the application.
 */
@IntegrationTest
class CrowdIT {

    private static final int AT_ONCE = 64;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> ABSURD_PAGES = List.of("2147483647", "1000000", "-1", "99999999999", "abc", "1e9");
    private static final int LARGEST_PAGE_BYTES = 1_000_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void sixtyFourVisitorsAtOnceOnEveryPublicPageAndApi() throws Exception {
        var visitor = new WebSession(port);
        var publicPaths = new ArrayList<String>();
        for (var route : Routes.of(mapping).reads()) {
            String path = route.concrete();
            if (visitor.get(path).statusCode() == 200) {
                publicPaths.add(path);
            }
        }
        publicPaths.addAll(List.of("/campus?q=bois", "/api/v1/campuses?q=energie", "/etablissements?q=lycee"));
        assertThat(publicPaths).as("public pages and API").hasSizeGreaterThan(10);

        var errors = new ConcurrentLinkedQueue<String>();
        for (String path : publicPaths) {
            crowd(path, null, errors);
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (DemoAccount.DIRECTEUR.email + ":" + DemoAccount.PASSWORD).getBytes(StandardCharsets.UTF_8));
        crowd("/api/v1/me", basic, errors);
        crowd("/api/v1/campuses/1", basic, errors);
        System.out.printf("Crowd: %d paths × %d visitors at once, %d errors%n", publicPaths.size() + 2, AT_ONCE,
                errors.size());
        assertThat(errors).isEmpty();
    }

    /** Laying out PDFs at once: each layout with its own evaluation context (#strings, #messages), none borrowed. */
    @Test
    void sixtyFourReadersOfTheSamePdfAtOnce() throws Exception {
        long assessment = jdbc.sql("select assessment_id from external_evaluation where state = 'PUBLIEE' limit 1")
                .query(Long.class).single();
        long campus = jdbc.sql("select campus_id from self_assessment where id = :id").param("id", assessment)
                .query(Long.class).single();
        String report = "/api/v1/campuses/" + campus + "/self-evaluations/" + assessment + "/report.pdf";
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (DemoAccount.ADMIN.email + ":" + DemoAccount.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(new WebSession(port).getWithBasic(report, DemoAccount.ADMIN.email, DemoAccount.PASSWORD)
                .statusCode()).as("laid out once, then kept").isEqualTo(200);
        var errors = new ConcurrentLinkedQueue<String>();
        crowd(report, basic, errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void everyListAnswersAbsurdPagesWithASmallAnswer() {
        var admin = new WebSession(port);
        admin.signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        var failures = new ArrayList<String>();
        int tried = 0;
        for (var route : Routes.of(mapping).reads()) {
            String path = route.concrete();
            for (String page : ABSURD_PAGES) {
                String target = path + (path.contains("?") ? "&" : "?") + "page=" + page;
                var response = route.api()
                        ? admin.getWithBasic(target, DemoAccount.ADMIN.email, DemoAccount.PASSWORD)
                        : admin.get(target);
                tried++;
                if (response.statusCode() >= 500 || response.body().length() > LARGEST_PAGE_BYTES) {
                    failures.add(target + " → " + response.statusCode() + ", " + response.body().length() + " characters");
                }
            }
        }
        System.out.printf("Pagination bounds: %d requests, %d failures%n", tried, failures.size());
        assertThat(failures).isEmpty();
    }

    private void crowd(String path, String authorization, ConcurrentLinkedQueue<String> errors) throws Exception {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(PATIENCE).build();
        var start = new CountDownLatch(1);
        try (var visitors = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < AT_ONCE; i++) {
                visitors.submit(() -> {
                    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(PATIENCE);
                    if (authorization != null) {
                        request.header("Authorization", authorization);
                    }
                    try {
                        start.await();
                        int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            errors.add(path + " → " + status);
                        }
                    } catch (Exception e) {
                        errors.add(path + " → " + e);
                    }
                    return null;
                });
            }
            start.countDown();
        }
    }
}
