package fr.cmq.identity.internal.proconnect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the sign-in test needs one: cookies kept per site, redirections followed by hand from one site to the
 * other, forms sent with their CSRF token.
 */
final class TwoSiteBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final int MOST_REDIRECTIONS = 12;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build());
    }

    HttpResponse<String> post(String uri, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Follows the redirections from this answer to the page they end on. */
    HttpResponse<String> follow(HttpResponse<String> answer) {
        var current = answer;
        for (int hop = 0; hop < MOST_REDIRECTIONS && current.statusCode() / 100 == 3; hop++) {
            current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
        }
        return current;
    }

    /** From the authorization request, signs in at the provider's form as this agent and follows on to the end. */
    HttpResponse<String> signInAtProvider(String authorize, String agent) {
        var loginPage = follow(get(authorize));
        assertThat(loginPage.uri().getPath()).isEqualTo("/login");
        return follow(post(loginPage.uri().toString(), Map.of("username", agent, "password",
                TestOpenIdProvider.PASSWORD, "_csrf", csrf(loginPage.body()))));
    }

    /** Signs out of the platform with the form of its header, and follows on to the end. */
    HttpResponse<String> signOut(String platform) {
        var page = get(platform + "/espace");
        return follow(post(platform + "/deconnexion", Map.of("_csrf", csrf(page.body()))));
    }

    private static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
