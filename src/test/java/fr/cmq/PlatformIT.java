package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/** The running platform over real HTTP, on its real database. */
@IntegrationTest
class PlatformIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresqlMigratedByFlyway() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from filiere").query(Integer.class).single()).isEqualTo(12);
    }

    @Test
    void servesTheDsfrStyledHomePageInFrench() {
        var response = new WebSession(port).get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<html lang=\"fr\"")
                .contains("/assets/dsfr/dsfr.min.css")
                .contains("Campus des métiers et des qualifications")
                .contains("Transition énergétique, éco-industrie")
                .as("the conformity the test configuration sets").contains("Accessibilité : partiellement conforme");
        var css = new WebSession(port).get("/assets/dsfr/dsfr.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(new WebSession(port).get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void opensOnlyHealthAndInfoOfTheActuator() {
        var visitor = new WebSession(port);
        assertThat(visitor.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(visitor.get("/actuator/env").statusCode()).isNotEqualTo(200);

        var admin = new WebSession(port);
        admin.signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        for (String closed : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings" }) {
            assertThat(admin.get(closed).statusCode()).as(closed).isEqualTo(404);
        }
    }

    @Test
    void errorPagesAreDsfrPagesWithoutInternals() {
        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);

        var notFound = director.get("/cette-page-n-existe-pas");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page non trouvée").contains("fr-header").doesNotContain("Exception")
                .as("the header of a signed-in person").contains("Mon espace");

        var forbidden = director.get("/admin/comptes");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Accès refusé").doesNotContain("Exception");

        var errorPageAskedDirectly = new WebSession(port).get("/error");
        assertThat(errorPageAskedDirectly.statusCode()).isEqualTo(404);
        assertThat(errorPageAskedDirectly.body()).contains("Page non trouvée");
    }

    /** A form's address asked as a page (a reload after the form came back with its errors) leads to its page. */
    @Test
    void aFormsAddressAskedAsAPageLeadsToThePageThatHoldsTheForm() {
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        assertThat(director.get("/campus/1/plan/actions").headers().firstValue("Location")).hasValue("/campus/1/plan");
        assertThat(director.get("/campus/1/plan/objectifs").headers().firstValue("Location")).hasValue("/campus/1/plan");
        assertThat(director.get("/dossiers/1/reponses/C01").headers().firstValue("Location")).hasValue("/dossiers/1");
        assertThat(director.jsonWithBasic("GET", "/api/v1/imports/annuaire", "", DemoAccount.ADMIN.email,
                DemoAccount.PASSWORD).statusCode()).as("the API keeps its 405").isEqualTo(405);
    }

    @Test
    void whatEverySiteIsAskedIsAnsweredToAnyone() {
        var visitor = new WebSession(port);
        var robots = visitor.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /admin/");
        var favicon = visitor.get("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(301);
        assertThat(visitor.download(favicon.headers().firstValue("Location").orElseThrow()).statusCode()).isEqualTo(200);
    }

    @Test
    void redirectsNameAPathNeverTheHostTheRequestClaims() throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write("GET /espace HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 302").contains("Location: /connexion").doesNotContain("evil.example")
                    .contains("Permissions-Policy: camera=()");
        }
    }

    @Test
    void anApiErrorIsAProblemDetail() {
        var response = new WebSession(port).getWithBasic("/api/v1/audit-events?size=5000", DemoAccount.ADMIN.email,
                DemoAccount.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"size\"").contains("200")
                .doesNotContain("Exception").doesNotContain("at fr.cmq");
    }
}
