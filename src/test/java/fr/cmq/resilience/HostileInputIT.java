package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile corpus through every field of every form the pages show, and every JSON field of every API write the
 * OpenAPI description lists: never a server error, never markup sent back unescaped. Forms and API writes are found
 * alone, so a new one joins the suite without a line here.
 */
@IntegrationTest
class HostileInputIT {

    /** Every character beyond ASCII escaped, so that a lone half of a surrogate pair reaches the platform as such. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** Forms that end the session under test, tried on their own (the sign-in form: {@code SignInThrottleIT}). */
    private static final Set<String> SESSION_FORMS = Set.of("/deconnexion", "/connexion");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    /** The pages as the demonstration data shows them, read once: each test starts on the same data. */
    private static @Nullable Crawl crawl;

    private final List<String> failures = new ArrayList<>();
    private int tried;

    @Test
    void everyFormFieldTakesTheHostileCorpus() {
        var admin = new WebSession(port);
        admin.signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        var pages = crawl(admin).pagesWithForms();
        assertThat(pages).as("pages with forms found").hasSizeGreaterThan(8);

        for (String page : pages) {
            var html = admin.get(page);
            for (Element form : Jsoup.parse(html.body(), "http://localhost").select("form")) {
                String action = form.attr("action").isEmpty() ? page : form.attr("action");
                if (SESSION_FORMS.contains(action)) {
                    continue;
                }
                // the session's CSRF token, read with the page, holds for every submission: no page read between them
                for (String payload : Hostile.TEXTS) {
                    for (boolean everywhere : new boolean[] { false, true }) {
                        submit(admin, page, form, action, fields(form, payload, everywhere));
                    }
                }
            }
        }
        for (String page : pages) {
            expectSafe("GET " + page + " afterwards", admin.get(page));
        }
        expectSafe("GET /campus/1 afterwards", new WebSession(port).get("/campus/1"));

        System.out.printf("Hostile forms: %d requests through the forms of %d pages, %d failures%n", tried, pages.size(),
                failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void everyJsonFieldOfTheApiTakesTheHostileCorpus() {
        JsonNode spec = JSON.readTree(new WebSession(port).get("/api/docs").body());
        var session = new WebSession(port);
        int operations = 0;
        for (var path : spec.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().at("/requestBody/content/application~1json/schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                operations++;
                String method = operation.getKey().toUpperCase();
                for (String payload : Hostile.TEXTS) {
                    for (boolean everywhere : new boolean[] { false, true }) {
                        String target = concrete(session, path.getKey());
                        var body = body(session, spec, schema, payload, everywhere, target);
                        expectSafe(method + " " + path.getKey(), session.jsonWithBasic(method, target,
                                JSON.writeValueAsString(body), DemoAccount.ADMIN.email, DemoAccount.PASSWORD));
                    }
                }
                for (String broken : List.of("{", "[]", "\"texte\"", "{\"name\":1e999999}", "null",
                        "{\"version\":99999999999999999999999999}", "[".repeat(5000) + "]".repeat(5000))) {
                    expectSafe(method + " " + path.getKey() + " with " + broken.substring(0, Math.min(20, broken.length())),
                            session.jsonWithBasic(method, concrete(session, path.getKey()), broken,
                                    DemoAccount.ADMIN.email, DemoAccount.PASSWORD));
                }
            }
        }
        assertThat(operations).as("API writes with a JSON body").isGreaterThanOrEqualTo(4);
        System.out.printf("Hostile API: %d requests through %d operations, %d failures%n", tried, operations,
                failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void everyQueryParameterTakesTheHostileCorpus() {
        var admin = new WebSession(port);
        admin.signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        var addresses = crawl(admin).addresses();
        for (var route : Routes.of(mapping).reads()) {
            String path = addresses.getOrDefault(route, Crawl.withOnes(route.pattern()));
            for (String payload : Hostile.TEXTS) {
                String value = URLEncoder.encode(payload.length() > 2000 ? payload.substring(0, 2000) : payload,
                        StandardCharsets.UTF_8);
                String query = "?q=" + value + "&page=" + value + "&size=" + value + "&filiere=" + value + "&region="
                        + value + "&academie=" + value + "&categorie=" + value + "&statut=" + value + "&tri=" + value;
                expectSafe("GET " + path + query.substring(0, Math.min(query.length(), 40)),
                        route.api() ? admin.getWithBasic(path + query, DemoAccount.ADMIN.email, DemoAccount.PASSWORD)
                                : admin.get(path + query));
            }
        }
        System.out.printf("Hostile parameters: %d requests, %d failures%n", tried, failures.size());
        assertThat(failures).isEmpty();
    }

    private Crawl crawl(WebSession admin) {
        if (crawl == null) {
            crawl = Crawl.of(admin, Routes.of(mapping));
        }
        return crawl;
    }

    /** The form's fields: text fields get the payload; with {@code everywhere}, every field does. */
    private static Map<String, String> fields(Element form, String payload, boolean everywhere) {
        var fields = new LinkedHashMap<String, String>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || input.attr("type").equals("file")) {
                continue;
            }
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            boolean text = List.of("", "text", "textarea", "email", "url", "tel", "search", "number", "date")
                    .contains(type);
            if (everywhere || text) {
                fields.put(name, payload);
            } else if (type.equals("select")) {
                fields.putIfAbsent(name, input.select("option[value]").stream().map(option -> option.attr("value"))
                        .filter(value -> !value.isEmpty()).findFirst().orElse(""));
            } else if (!type.equals("checkbox") && !type.equals("radio") || input.hasAttr("checked")) {
                fields.putIfAbsent(name, input.attr("value"));
            }
        }
        return fields;
    }

    private void submit(WebSession session, String page, Element form, String action, Map<String, String> fields) {
        String sample = fields.values().stream().findFirst().orElse("");
        String label = form.attr("method").toUpperCase() + " " + action + " (form of " + page + ", "
                + JSON.writeValueAsString(sample.substring(0, Math.min(sample.length(), 24))) + ")";
        try {
            send(session, form, action, fields, label);
        } catch (java.io.UncheckedIOException broken) {
            tried++;
            failures.add(label + " → answer broken off: " + broken.getMessage());
        }
    }

    private void send(WebSession session, Element form, String action, Map<String, String> fields, String label) {
        if (!form.attr("method").equalsIgnoreCase("post")) {
            String query = fields.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue().length() > 2000
                            ? field.getValue().substring(0, 2000) : field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            expectSafe(label, session.get(action + "?" + query));
        } else if (!form.select("input[type=file]").isEmpty()) {
            expectSafe(label, session.postFormWithFile(action, fields, form.select("input[type=file]").attr("name"),
                    "", new byte[0]));
        } else {
            expectSafe(label, session.postForm(action, fields));
        }
    }

    private void expectSafe(String what, HttpResponse<String> response) {
        tried++;
        if (response.statusCode() >= 500) {
            failures.add(what + " → " + response.statusCode());
        }
        boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        String reflected = html ? Hostile.reflected(response.body()) : null;
        if (reflected != null) {
            failures.add(what + " → sent back unescaped: " + reflected);
        }
    }

    /** The path with real ids: campus 1, and the first of its members for a member. */
    private static String concrete(WebSession session, String pattern) {
        String path = pattern.replace("{id}", "1");
        if (path.contains("{memberId}")) {
            JsonNode campus = JSON.readTree(session.get("/api/v1/campuses/1").body());
            path = path.replace("{memberId}", campus.get("members").get(0).get("id").asString());
        }
        return path.replaceAll("\\{[a-zA-Z]+}", "annuaire");
    }

    /** A body for the schema: strings get the payload (with {@code everywhere}, every value does). */
    private static JsonNode body(WebSession session, JsonNode spec, JsonNode schema, String payload,
            boolean everywhere, String target) {
        JsonNode resolved = resolve(spec, schema);
        ObjectNode body = JSON.createObjectNode();
        for (var property : resolved.path("properties").properties()) {
            JsonNode type = resolve(spec, property.getValue());
            String name = property.getKey();
            if (everywhere) {
                body.put(name, payload);
            } else if (type.has("enum")) {
                body.set(name, type.get("enum").get(0));
            } else if (name.equals("version")) {
                body.put(name, currentVersion(session, target));
            } else if ("array".equals(type.path("type").asString())) {
                ArrayNode array = body.putArray(name);
                array.add(payload);
            } else if ("object".equals(type.path("type").asString())) {
                body.putObject(name).put("ECONOMIE", payload);
            } else if (List.of("integer", "number").contains(type.path("type").asString())) {
                body.put(name, 1);
            } else if ("boolean".equals(type.path("type").asString())) {
                body.put(name, true);
            } else {
                body.put(name, payload);
            }
        }
        return body;
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : spec.at(ref.substring(1));
    }

    /** The version the thing at that path has now (a campus, or a member of one), so that a write reaches the database. */
    private static long currentVersion(WebSession session, String target) {
        var member = java.util.regex.Pattern.compile("(/api/v1/campuses/\\d+)/members/(\\d+)").matcher(target);
        if (member.matches()) {
            for (JsonNode found : JSON.readTree(session.get(member.group(1)).body()).get("members")) {
                if (found.get("id").asString().equals(member.group(2))) {
                    return found.get("version").asLong();
                }
            }
        }
        var response = session.get(target);
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("version").asLong(0) : 0;
    }
}
