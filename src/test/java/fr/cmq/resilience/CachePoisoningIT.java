package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.cmq.shared.caching.PublicResponseCache;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;

/**
 * What is kept for visitors is keyed by everything that changes it, and built from nothing a request may forge: every
 * public route, asked first with a forged host, forwarded headers, other representations and its parameters in
 * another order, then answers a plain visitor byte for byte as it would have without them. The routes are read from
 * the application: a new public read joins alone.
 */
@IntegrationTest
class CachePoisoningIT {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String EVIL = "evil.example";
    private static final List<String[]> FORGED = List.of(
            new String[] { "Host", EVIL }, new String[] { "Host", EVIL + ":666" },
            new String[] { "X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "X-Forwarded-Port", "666" },
            new String[] { "Forwarded", "host=" + EVIL + ";proto=https" },
            new String[] { "Accept", "application/yaml" }, new String[] { "Accept", "application/problem+json" },
            new String[] { "Accept", "application/xml" }, new String[] { "Accept", "text/csv" },
            new String[] { "Accept", "text/calendar" }, new String[] { "Accept", "*/*" },
            new String[] { "Accept", "application/json;q=0.1, application/yaml" });
    private static final List<String> WITH_PARAMETERS = List.of("/campus?q=bois&filiere=BOIS",
            "/api/v1/campuses?q=bois&q=energie", "/evenements?q=a&q=b&region=44", "/evenements.ics?q=a&q=b",
            "/formations?q=bts&q=cap", "/api/v1/formations?q=bts&sort=PERTINENCE", "/etablissements?q=lycee&q=vitry",
            "/donnees/campus.csv", "/donnees/evenements.json", "/api/v1/campuses?after=&size=5&region=44");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    PublicResponseCache cache;

    @Test
    void aForgedRequestNeverChangesWhatTheNextVisitorIsGiven() {
        var paths = publicPaths();
        assertThat(paths).as("public reads found").hasSizeGreaterThan(15);
        var failures = new ArrayList<String>();
        int sent = 0;
        for (String path : paths) {
            var forgeries = new ArrayList<>(FORGED.stream().map(headers -> new Forgery(path, headers)).toList());
            reordered(path).forEach(other -> forgeries.add(new Forgery(other, new String[0])));
            for (var forgery : forgeries) {
                cache.clear();
                var unpoisoned = plain(path);
                cache.clear();
                RawHttp.send(port, "GET", forgery.target(), forgery.headers());
                var next = plain(path);
                sent += 3;
                if (next.status() != 200 || !same(next, unpoisoned)
                        || !String.valueOf(next.header("Content-Type")).equals(unpoisoned.header("Content-Type"))
                        || next.text().contains(EVIL)) {
                    failures.add("%s after %s %s: %s %s".formatted(path, forgery.target(),
                            String.join(" ", forgery.headers()), next.status(), next.header("Content-Type")));
                }
            }
        }
        System.out.printf("Cache poisoning: %d requests on %d public reads, %d failures%n", sent, paths.size(),
                failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void aHeadIsTheGetWithoutItsBody() {
        var failures = new ArrayList<String>();
        for (String path : publicPaths()) {
            cache.clear();
            for (int twice = 0; twice < 2; twice++) {
                var head = RawHttp.send(port, "HEAD", path, "Accept", accept(path));
                var get = plain(path);
                if (head.status() != 200 || head.header("ETag") == null || !head.header("ETag").equals(get.header("ETag"))
                        || !String.valueOf(head.header("Cache-Control")).contains("public")
                        || !String.valueOf(head.header("Content-Type")).equals(get.header("Content-Type"))) {
                    failures.add("HEAD %s: %s %s %s".formatted(path, head.status(), head.header("ETag"),
                            head.header("Cache-Control")));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void signingInNeverSendsAPersonToTheHostTheRequestNamed() {
        var asked = RawHttp.send(port, "GET", "/dossiers/1", "Host", EVIL, "Accept", BROWSER);
        assertThat(asked.status()).isEqualTo(302);
        assertThat(asked.header("Location")).doesNotContain(EVIL);
        String cookie = asked.header("Set-Cookie").split(";")[0];
        var form = RawHttp.send(port, "GET", "/connexion", "Host", EVIL, "Cookie", cookie, "Accept", BROWSER);
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.text());
        assertThat(token.find()).isTrue();
        String body = "email=" + DemoAccount.ADMIN.email.replace("@", "%40") + "&motDePasse="
                + DemoAccount.PASSWORD + "&_csrf=" + token.group(1);
        var signedIn = RawHttp.send(port, "POST", "/connexion", body.getBytes(), body.length(),
                java.time.Duration.ofSeconds(30), "Host", EVIL, "Cookie", cookie, "Accept", BROWSER,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain(EVIL).startsWith("/dossiers/1");
    }

    private record Forgery(String target, String[] headers) {
    }

    /**
     * Byte for byte, but for the one line a calendar must change at each rendering (DTSTAMP, when the feed was
     * written): a forgery kept under a key of its own leaves the plain visitor an answer rendered afresh.
     */
    private static boolean same(RawHttp.Answer next, RawHttp.Answer unpoisoned) {
        if (!String.valueOf(next.header("Content-Type")).startsWith("text/calendar")) {
            return Arrays.equals(next.body(), unpoisoned.body());
        }
        String stamp = "DTSTAMP:[^\\r\\n]*";
        return next.text().replaceAll(stamp, "").equals(unpoisoned.text().replaceAll(stamp, ""));
    }

    /** The public reads whose answer a visitor is given from what is kept. */
    private List<String> publicPaths() {
        var paths = new ArrayList<String>();
        for (var route : Routes.of(mapping).reads()) {
            paths.add(route.concrete());
        }
        paths.addAll(WITH_PARAMETERS);
        return paths.stream().filter(path -> {
            var answer = plain(path);
            return answer.status() == 200 && String.valueOf(answer.header("Cache-Control")).contains("public");
        }).toList();
    }

    private RawHttp.Answer plain(String path) {
        return RawHttp.send(port, "GET", path, "Accept", accept(path));
    }

    private static String accept(String path) {
        return path.startsWith("/api/") ? "application/json" : BROWSER;
    }

    /** The same parameters in another order: reversed, then the values of each name reversed. */
    private static List<String> reordered(String path) {
        int question = path.indexOf('?');
        if (question < 0) {
            return List.of();
        }
        var parameters = new ArrayList<>(List.of(path.substring(question + 1).split("&")));
        java.util.Collections.reverse(parameters);
        return List.of(path.substring(0, question + 1) + String.join("&", parameters));
    }
}
