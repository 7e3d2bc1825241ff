package fr.cmq.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public answers are kept and revalidated, and a change made by a campus team is seen by the very next visitor:
 * the campus publishes an event, this module's listener forgets what was kept.
 */
@IntegrationTest
class PublicReadsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorRevalidatesWhatItKeptAndGetsA304() {
        var visitor = new WebSession(port);
        var first = visitor.get("/campus/1");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

        var again = visitor.get("/campus/1");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.headers().firstValue("Content-Security-Policy"))
                .isEqualTo(first.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html").containsIgnoringCase("charset=utf-8"));

        var revalidated = visitor.get("/campus/1", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(visitor.get("/campus/1", "If-None-Match", "\"autre\"").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/campus/1", "If-Modified-Since",
                first.headers().firstValue("Last-Modified").orElseThrow()).statusCode()).isEqualTo(304);
    }

    @Test
    void aChangeThroughTheApiIsSeenOnTheNextPublicRead() throws Exception {
        var visitor = new WebSession(port);
        String before = visitor.json("GET", "/api/v1/campuses/1", "").body();
        String etag = visitor.get("/campus/1").headers().firstValue("ETag").orElseThrow();
        assertThat(before).doesNotContain("Nouvelle présentation");

        long version = jdbc.sql("select version from campus where id = 1").query(Long.class).single();
        String profile = JSON.writeValueAsString(Map.of("name", "Énergie et maintenance", "version", version,
                "presentation", "Nouvelle présentation du campus"));
        var written = visitor.jsonWithBasic("PUT", "/api/v1/campuses/1", profile, DemoAccount.DIRECTEUR.email,
                DemoAccount.PASSWORD);
        assertThat(written.statusCode()).isEqualTo(200);

        assertThat(visitor.json("GET", "/api/v1/campuses/1", "").body()).contains("Nouvelle présentation du campus");
        var page = visitor.get("/campus/1", "If-None-Match", etag);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nouvelle présentation du campus");
        assertThat(visitor.json("GET", "/api/v1/campuses?q=energie", "").body()).contains("Énergie et maintenance");
        // the public pages' listener ran before the answer; others (the maturity) run after the commit, on their own
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from event_publication").query(Long.class).single())
                .as("each publication deleted once its listener has run").isZero());
    }

    @Test
    void whatTheSignedInReadIsNeverKeptNorServedToThem() {
        var visitor = new WebSession(port);
        assertThat(visitor.get("/campus/1").headers().firstValue("ETag")).isPresent();

        var team = visitor.getWithBasic("/api/v1/campuses/1", DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(team.statusCode()).isEqualTo(200);
        assertThat(team.headers().firstValue("ETag")).isEmpty();
        assertThat(team.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        var signedIn = new WebSession(port);
        signedIn.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        var page = signedIn.get("/campus/1");
        assertThat(page.headers().firstValue("ETag")).isEmpty();
        assertThat(page.body()).contains("id=\"manage-network\"");

        var signInPage = new WebSession(port).get("/connexion");
        assertThat(signInPage.headers().firstValue("ETag")).isEmpty();
        assertThat(signInPage.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }
}
