package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;

/**
 * Credentials a browser keeps never ride along with another site's page: a browser is not asked for Basic, and an
 * API write a browser says comes from another site, or whose Origin is not the platform's, is refused whatever
 * credentials it carries — a program, which sends no Origin, is served.
 */
@IntegrationTest
class CrossSiteApiIT {

    private static final String IMPORT = "/api/v1/campuses/1/indicators/import";
    private static final String FILE = "indicateur;date;valeur;commentaire\r\nENSEIGNANTS_FORMES;15/01/2025;42;\r\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBrowserIsNotAskedForBasicButAProgramIs() {
        var browser = RawHttp.send(port, "GET", "/api/v1/me", "Accept", "text/html", "Sec-Fetch-Mode", "navigate",
                "Sec-Fetch-Site", "none");
        assertThat(browser.status()).isEqualTo(401);
        assertThat(browser.header("WWW-Authenticate")).isNull();
        var fetch = RawHttp.send(port, "GET", "/api/v1/me", "Accept", "*/*", "Origin", "http://evil.example");
        assertThat(fetch.header("WWW-Authenticate")).isNull();
        var program = RawHttp.send(port, "GET", "/api/v1/me", "Accept", "application/json");
        assertThat(program.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWriteSentByAnotherSitesPageIsRefusedWhateverItsCredentials() {
        long runs = runs();
        assertThat(upload("Origin", "http://evil.example").status()).isEqualTo(403);
        assertThat(upload("Origin", "null").status()).isEqualTo(403);
        assertThat(upload("Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
        assertThat(upload("Sec-Fetch-Site", "same-site", "Origin", "http://localhost:8080").status()).isEqualTo(403);
        var bodiless = RawHttp.send(port, "POST", "/api/v1/dossiers/1/transitions/cosign", new byte[0], 0,
                Duration.ofSeconds(30), "Authorization", basic(DemoAccount.ADMIN), "Origin", "http://evil.example");
        assertThat(bodiless.status()).isEqualTo(403);
        assertThat(runs()).as("nothing imported").isEqualTo(runs);

        assertThat(upload("Origin", "http://localhost:8080").status()).as("the platform's own origin").isEqualTo(200);
        assertThat(upload().status()).as("a program").isEqualTo(200);
        assertThat(runs()).isEqualTo(runs + 2);
    }

    private RawHttp.Answer upload(String... headers) {
        byte[] body = ("--cmq\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + FILE + "\r\n--cmq--\r\n").getBytes(StandardCharsets.UTF_8);
        var all = new String[headers.length + 4];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Authorization";
        all[headers.length + 1] = basic(DemoAccount.DIRECTEUR);
        all[headers.length + 2] = "Content-Type";
        all[headers.length + 3] = "multipart/form-data; boundary=cmq";
        return RawHttp.send(port, "POST", IMPORT, body, body.length, Duration.ofSeconds(30), all);
    }

    private static String basic(DemoAccount account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.email + ":" + DemoAccount.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private long runs() {
        return jdbc.sql("select count(*) from import_run").query(Long.class).single();
    }
}
