package fr.cmq.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The formations API on the demonstration offer: the public search and its filters, and the keeping of an offer by
 * role and scope. Campus 1 (Énergie et maintenance, Thionville) has members 1 (the lycée des métiers, whose contact is
 * the demonstration member contact) to 6; member 3 is its CFA in Yutz.
 */
@IntegrationTest
class FormationApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String THIONVILLE = "49.3579,6.1683";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void levelAndStatusFiltersKeepOnlyWhatTheySay() {
        JsonNode page = search("level=5&status=APPRENTISSAGE&size=100");
        assertThat(page.get("page").get("totalElements").asInt()).isPositive();
        for (JsonNode item : page.get("content")) {
            assertThat(item.get("level").asInt()).isEqualTo(5);
            assertThat(item.get("statuses").toString()).contains("APPRENTISSAGE");
        }
        long all = search("").get("page").get("totalElements").asLong();
        long apprentices = search("status=APPRENTISSAGE").get("page").get("totalElements").asLong();
        long levelFive = search("level=5").get("page").get("totalElements").asLong();
        assertThat(apprentices).isLessThan(all);
        assertThat(levelFive).isLessThan(all);

        // each filter of the page counts what it would show, the other filters applied
        String html = new WebSession(port).get("/formations?statut=apprentissage&niveau=5&tri=distance").body();
        long both = search("level=5&status=APPRENTISSAGE").get("page").get("totalElements").asLong();
        long levelFour = search("level=4&status=APPRENTISSAGE").get("page").get("totalElements").asLong();
        assertThat(html).contains("Bac +2 (niveau 5) (" + both + ")").contains("Bac (niveau 4) (" + levelFour + ")")
                .contains("Apprentissage (" + both + ")")
                .contains("Scolaire (" + search("level=5&status=SCOLAIRE").get("page").get("totalElements").asLong() + ")");
    }

    @Test
    void wordsAreFoundWithoutAccentsAndDespiteATypo() {
        var exact = titles(search("q=maintenance&size=100"));
        assertThat(exact).isNotEmpty().allSatisfy(title -> assertThat(title.toLowerCase()).contains("maintenance"));
        assertThat(titles(search("q=maintenence&size=100"))).isNotEmpty()
                .allSatisfy(title -> assertThat(title.toLowerCase()).contains("mainten"));
        assertThat(titles(search("q=AERONAUTIQUE"))).isNotEmpty();
    }

    /** A tab, a bookmark, a screen reader's first words: the title names the page's subject, not its kind. */
    @Test
    void aFormationsPageAndADossiersPageAreTitledByTheirSubject() {
        var formation = jdbc.sql("select id, title from formation order by id limit 1")
                .query((row, n) -> Map.entry(row.getLong("id"), row.getString("title"))).single();
        assertThat(new WebSession(port).get("/formations/" + formation.getKey()).body())
                .contains("<title>" + HtmlUtils.htmlEscape(formation.getValue(), "UTF-8") + " — Formation — ");
        String bois = jdbc.sql("select name from campus where id = 2").query(String.class).single();
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS).get("/dossiers/1").body())
                .contains("<title>" + HtmlUtils.htmlEscape(bois, "UTF-8") + " — Dossier de labellisation — ");
    }

    @Test
    void aWordFindsTheFormationsOfItsFamilyThatAStemmerKeepsApart() {
        assertThat(titles(search("q=soudure&size=100"))).isNotEmpty()
                .anySatisfy(title -> assertThat(title.toLowerCase()).contains("soudage"));
    }

    /** The search's hint says "Par exemple : …": each example finds something. */
    @Test
    void everyExampleTheSearchSuggestsFindsSomething() throws IOException {
        var messages = new Properties();
        try (var reader = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        String hint = messages.getProperty("formations.q.hint");
        String examples = hint.substring(hint.indexOf(':') + 1, hint.indexOf('.'));
        for (String example : examples.split(",")) {
            assertThat(titles(search("q=" + URLEncoder.encode(example.strip(), StandardCharsets.UTF_8))))
                    .as("the example « %s »", example.strip()).isNotEmpty();
        }
    }

    @Test
    void aPointAndARadiusFindWhatIsTaughtAroundItNearestFirst() {
        JsonNode page = search("near=" + THIONVILLE + "&radiusKm=5&sort=DISTANCE&size=100");
        List<Double> distances = new ArrayList<>();
        for (JsonNode item : page.get("content")) {
            assertThat(item.get("campus").get("id").asLong()).isEqualTo(1);
            assertThat(item.get("commune").asString()).isIn("Thionville", "Yutz");
            distances.add(item.get("distanceKm").asDouble());
        }
        assertThat(distances).isNotEmpty().isSorted().allSatisfy(km -> assertThat(km).isLessThanOrEqualTo(5.0));
        assertThat(page.get("page").get("totalElements").asInt()).isLessThan(
                search("").get("page").get("totalElements").asInt());
        // Hayange is 8 km away: within 10 km it comes too
        assertThat(search("near=" + THIONVILLE + "&radiusKm=10&size=100").get("content").findValuesAsString("commune"))
                .contains("Hayange");
        assertThat(search("q=cuisine").get("content").get(0).has("distanceKm")).isFalse();
    }

    @Test
    void aFilterOutOfRangeIsA400NamingIt() {
        assertBadFilter("level=12", "level");
        assertBadFilter("level=2", "level");
        assertBadFilter("status=ALTERNANCE", "status");
        assertBadFilter("near=48.8", "near");
        assertBadFilter("near=91,2", "near");
        assertBadFilter("radiusKm=10", "radiusKm");
        assertBadFilter("near=" + THIONVILLE + "&radiusKm=0", "radiusKm");
    }

    @Test
    void theTeamKeepsItsCampusOfferAndNoOther() {
        String cap = "{\"memberId\":2,\"certificationId\":\"FOR.7013\",\"statuses\":[{\"status\":\"SCOLAIRE\",\"capacity\":12}]}";
        var created = as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/formations", cap);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode formation = JSON.readTree(created.body());
        assertThat(formation.get("title").asString()).isEqualTo("CAP Interventions en maintenance technique des bâtiments");
        assertThat(formation.get("level").asInt()).isEqualTo(3);
        assertThat(formation.get("memberName").asString()).isEqualTo("Lycée polyvalent de la vallée de la Fensch");
        long id = formation.get("id").asLong();
        String path = "/api/v1/campuses/1/formations/" + id;

        assertStatus(201, DemoAccount.CHEF_ETABLISSEMENT, "POST", "/api/v1/campuses/1/formations", cap);
        assertStatus(201, DemoAccount.ADMIN, "POST", "/api/v1/campuses/1/formations", cap);
        for (var refused : List.of(DemoAccount.DIRECTEUR_BOIS, DemoAccount.PILOTE_ACADEMIQUE, DemoAccount.PILOTE_REGIONAL,
                DemoAccount.EXPERT, DemoAccount.CONTACT_MEMBRE)) {
            assertStatus(403, refused, "POST", "/api/v1/campuses/1/formations", cap);
            assertStatus(403, refused, "PUT", path, cap.replace("{", "{\"version\":0,"));
            assertStatus(403, refused, "DELETE", path, "");
        }
        assertThat(new WebSession(port).json("POST", "/api/v1/campuses/1/formations", cap).statusCode()).isEqualTo(401);

        String changed = "{\"version\":0,\"memberId\":2,\"certificationId\":\"FOR.7013\",\"duration\":\"2 ans\","
                + "\"statuses\":[{\"status\":\"SCOLAIRE\",\"capacity\":15},{\"status\":\"APPRENTISSAGE\"}]}";
        var updated = as(DemoAccount.DIRECTEUR, "PUT", path, changed);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).get("version").asLong()).isEqualTo(1);
        var stale = as(DemoAccount.CHEF_ETABLISSEMENT, "PUT", path, changed.replace("2 ans", "3 ans"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("current").get("duration").asString()).isEqualTo("2 ans");

        assertThat(titles(search("q=interventions+maintenance+batiments&size=100"))).hasSizeGreaterThan(1);
        assertStatus(204, DemoAccount.DIRECTEUR, "DELETE", path, "");
        assertThat(new WebSession(port).json("GET", path, "").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where action like '%FORMATION' and entity_id = '1'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aMemberContactKeepsTheFormationsOfItsOwnOrganisationOnly() {
        String own = "{\"memberId\":1,\"title\":\"Module maintenance des pompes à chaleur\",\"typeLabel\":\"module\","
                + "\"level\":4,\"statuses\":[{\"status\":\"FORMATION_CONTINUE\",\"capacity\":8}]}";
        var created = as(DemoAccount.CONTACT_MEMBRE, "POST", "/api/v1/campuses/1/formations", own);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertStatus(200, DemoAccount.CONTACT_MEMBRE, "PUT", "/api/v1/campuses/1/formations/" + id,
                own.replace("{", "{\"version\":0,").replace("8}", "10}"));
        // moving it to another organisation, or writing one for another, is not its own
        assertStatus(403, DemoAccount.CONTACT_MEMBRE, "PUT", "/api/v1/campuses/1/formations/" + id,
                own.replace("{", "{\"version\":1,").replace("\"memberId\":1", "\"memberId\":3"));
        assertStatus(403, DemoAccount.CONTACT_MEMBRE, "POST", "/api/v1/campuses/1/formations",
                own.replace("\"memberId\":1", "\"memberId\":3"));
        assertStatus(403, DemoAccount.CONTACT_MEMBRE, "POST", "/api/v1/campuses/2/formations", own);
        long others = jdbc.sql("select id from formation where campus_id = 1 and member_id = 3 limit 1")
                .query(Long.class).single();
        assertStatus(403, DemoAccount.CONTACT_MEMBRE, "DELETE", "/api/v1/campuses/1/formations/" + others, "");
        assertStatus(204, DemoAccount.CONTACT_MEMBRE, "DELETE", "/api/v1/campuses/1/formations/" + id, "");
    }

    @Test
    void theCampusAnswerHasItsParcoursAndPasserellesWhichItsTeamKeeps() {
        JsonNode offer = JSON.readTree(new WebSession(port).json("GET", "/api/v1/campuses/1/formations", "").body());
        JsonNode parcours = offer.get("parcours").get(0);
        assertThat(parcours.get("name").asString()).isEqualTo("Maintenance et énergie, du CAP au BUT");
        assertThat(parcours.get("steps").findValuesAsString("levelInWords")).containsExactly("CAP (niveau 3)",
                "Bac (niveau 4)", "Bac +2 (niveau 5)", "Bac +3 (niveau 6)");
        JsonNode passerelle = offer.get("passerelles").get(0);
        assertThat(passerelle.get("fromStatus").asString()).isEqualTo("SCOLAIRE");
        assertThat(passerelle.get("toStatus").asString()).isEqualTo("APPRENTISSAGE");
        assertThat(passerelle.get("changesStatus").asBoolean()).isTrue();
        assertThat(passerelle.get("changesEstablishment").asBoolean()).isTrue();

        var steps = parcours.get("steps").findValuesAsString("formationId");
        String upwards = "{\"name\":\"Court\",\"formationIds\":[" + steps.get(0) + "," + steps.get(2) + "]}";
        String downwards = "{\"name\":\"À rebours\",\"formationIds\":[" + steps.get(2) + "," + steps.get(0) + "]}";
        var created = as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/parcours", upwards);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/parcours", downwards).body())
                .contains("\"field\":\"formationIds\"");
        long elsewhere = jdbc.sql("select id from formation where campus_id = 2 limit 1").query(Long.class).single();
        assertThat(as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/parcours",
                upwards.replace(steps.get(2), String.valueOf(elsewhere))).statusCode()).isEqualTo(400);
        assertStatus(403, DemoAccount.CONTACT_MEMBRE, "POST", "/api/v1/campuses/1/parcours", upwards);
        assertStatus(403, DemoAccount.DIRECTEUR_BOIS, "POST", "/api/v1/campuses/1/parcours", upwards);

        String notOpen = "{\"fromFormationId\":" + steps.get(0) + ",\"fromStatus\":\"VAE\",\"toFormationId\":"
                + steps.get(1) + ",\"conditions\":\"Sur dossier\"}";
        assertThat(as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/passerelles", notOpen).body())
                .contains("\"field\":\"fromStatus\"");
        var added = as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/passerelles",
                notOpen.replace(",\"fromStatus\":\"VAE\"", ""));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long passerelleId = JSON.readTree(added.body()).get("id").asLong();
        assertStatus(403, DemoAccount.CONTACT_MEMBRE, "DELETE", "/api/v1/campuses/1/passerelles/" + passerelleId, "");
        assertStatus(204, DemoAccount.CHEF_ETABLISSEMENT, "DELETE", "/api/v1/campuses/1/passerelles/" + passerelleId, "");
        assertStatus(204, DemoAccount.DIRECTEUR, "DELETE",
                "/api/v1/campuses/1/parcours/" + JSON.readTree(created.body()).get("id").asLong(), "");
    }

    @Test
    void aBadBodyIsA400WithItsFields() {
        assertBadBody("{\"memberId\":2,\"title\":\"Titre\",\"level\":9}", "level");
        assertBadBody("{\"memberId\":2,\"level\":4}", "title");
        assertBadBody("{\"memberId\":2,\"certificationId\":\"FOR.0\"}", "certificationId");
        assertBadBody("{\"memberId\":2,\"title\":\"Titre\",\"level\":4,\"rncpCode\":\"ABC\"}", "rncpCode");
        assertBadBody("{\"memberId\":99,\"title\":\"Titre\",\"level\":4}", "memberId");
        assertBadBody("{\"title\":\"Titre\",\"level\":4}", "memberId");
        assertBadBody("{\"memberId\":2,\"title\":\"Titre\",\"level\":4,\"statuses\":[{\"status\":\"VAE\"},"
                + "{\"status\":\"VAE\"}]}", "statuses");
        assertBadBody("{\"memberId\":2,\"title\":\"Titre\",\"level\":4,\"statuses\":[{\"status\":\"SCOLAIRE\","
                + "\"capacity\":-3}]}", "statuses[0].capacity");
    }

    private void assertBadBody(String body, String field) {
        var response = as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/formations", body);
        assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private void assertBadFilter(String query, String field) {
        var response = new WebSession(port).json("GET", "/api/v1/formations?" + query, "");
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).as(query).contains("\"field\":\"" + field + "\"");
    }

    private JsonNode search(String query) {
        var response = new WebSession(port).json("GET", "/api/v1/formations?" + query, "");
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> titles(JsonNode page) {
        return page.get("content").findValuesAsString("title");
    }

    private void assertStatus(int status, DemoAccount account, String method, String path, String body) {
        var response = as(account, method, path, body);
        assertThat(response.statusCode()).as("%s %s %s: %s", account, method, path, response.body()).isEqualTo(status);
    }

    private HttpResponse<String> as(DemoAccount account, String method, String path, String body) {
        return new WebSession(port).jsonWithBasic(method, path, body, account.email, DemoAccount.PASSWORD);
    }
}
