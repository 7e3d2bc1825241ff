package fr.cmq.shared.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor's HTTP session against a running platform: keeps cookies, follows no redirect, and sends back the CSRF
 * token of the last page it read, as a browser would with the page's form.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final String PAGES = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final String baseUrl;
    private final HttpClient client;
    private String csrfToken = "";

    public WebSession(int port) {
        this("http://localhost:" + port);
    }

    /** A session of this demonstration account, signed in. */
    public static WebSession signedIn(int port, DemoAccount account) {
        var session = new WebSession(port);
        session.signIn(account.email, DemoAccount.PASSWORD);
        return session;
    }

    /** A session from another address of this machine, such as {@code http://[::1]:8080}. */
    public WebSession(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private WebSession(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    /** The same browser, its cookies and its last form's token, asking another address (another instance, say). */
    public WebSession at(String otherBaseUrl) {
        var elsewhere = new WebSession(otherBaseUrl, client);
        elsewhere.csrfToken = csrfToken;
        return elsewhere;
    }

    public HttpResponse<String> get(String path) {
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", PAGES).GET().build());
        var token = CSRF.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    /** A page asked with more headers, such as a revalidation's If-None-Match: name, value, name, value… */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", PAGES).headers(headers).GET()
                .build());
    }

    /**
     * A file, read as bytes with this session's cookies; a document still being prepared (202) is asked again when its
     * {@code Retry-After} says, as a browser's reader would, a few times at most.
     */
    public HttpResponse<byte[]> download(String path) {
        try {
            var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            for (int asked = 1; response.statusCode() == 202 && asked < 30; asked++) {
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
                response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> getWithBasic(String path, String email, String password) {
        String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json").GET().build());
    }

    /** Sends a JSON body (or none) with any method, as an API client authenticated with HTTP Basic. */
    public HttpResponse<String> jsonWithBasic(String method, String path, String json, String email, String password) {
        String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return jsonAuthorized(method, path, json, "Basic " + credentials);
    }

    /** Sends a JSON body (or none) with any method, as an API client holding a personal token. */
    public HttpResponse<String> jsonWithToken(String method, String path, String json, String token) {
        return jsonAuthorized(method, path, json, "Bearer " + token);
    }

    private HttpResponse<String> jsonAuthorized(String method, String path, String json, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** The same, anonymous. */
    public HttpResponse<String> json(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** Sends a file as an API client would: multipart, field {@code file}, with HTTP Basic. */
    public HttpResponse<String> postFileWithBasic(String path, String fileName, byte[] content, String email,
            String password) {
        String boundary = "----cmq" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** Posts a signed-in form with one file field, as a browser does (multipart, CSRF token of the last page). */
    public HttpResponse<String> postFormWithFile(String path, Map<String, String> fields, String fileField,
            String fileName, byte[] content) {
        String boundary = "----cmq" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken);
        withToken.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", PAGES)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return send(formRequest(path, List.copyOf(fields.entrySet())).build());
    }

    /** A form whose fields may repeat, as a group of ticked boxes sends them. */
    public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) {
        return send(formRequest(path, fields).build());
    }

    /** The same, with one more header, as a client that forges it would send. */
    public HttpResponse<String> postFormWithHeader(String path, Map<String, String> fields, String header,
            String value) {
        return send(formRequest(path, List.copyOf(fields.entrySet())).header(header, value).build());
    }

    private HttpRequest.Builder formRequest(String path, List<Map.Entry<String, String>> fields) {
        var withToken = new ArrayList<>(fields);
        withToken.add(Map.entry("_csrf", csrfToken));
        String body = withToken.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", PAGES)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Signs in through the sign-in form; answers the redirect the platform gave. */
    public HttpResponse<String> signIn(String email, String password) {
        get("/connexion");
        return postForm("/connexion", Map.of("email", email, "motDePasse", password));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
