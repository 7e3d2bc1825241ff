package fr.cmq.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write of the campus API, by every role, on its own scope and on another's. Campus 1 (Énergie et maintenance)
 * is in académie 12 and région 44; campus 2 (Bois) too; campus 4 (PatMAT) is in académie 18, région 24.
 */
@IntegrationTest
class CampusApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void readsArePublicAndHideContactsFromThePublic() {
        var list = new WebSession(port).json("GET", "/api/v1/campuses?filiere=BATIMENT", "");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(list.body());
        assertThat(page.get("content").get(0).get("name").asString()).isEqualTo("Bois");
        assertThat(page.get("content").get(0).get("filiere").get("label").asString())
                .isEqualTo("Infrastructures, bâtiment, éco-construction");
        assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(1);

        long memberId = addMember(DemoAccount.DIRECTEUR, 1, "Entreprise avec contact", "Jeanne Martin");
        assertThat(new WebSession(port).json("GET", "/api/v1/campuses/1", "").body()).doesNotContain("Jeanne Martin");
        assertThat(as(DemoAccount.DIRECTEUR, "GET", "/api/v1/campuses/1", "").body()).contains("Jeanne Martin");
        assertThat(as(DemoAccount.PILOTE_ACADEMIQUE, "GET", "/api/v1/campuses/1", "").body()).contains("Jeanne Martin");
        assertThat(as(DemoAccount.DIRECTEUR_BOIS, "GET", "/api/v1/campuses/1", "").body()).doesNotContain("Jeanne Martin");
        assertThat(memberId).isPositive();
    }

    @Test
    void creatingACampusIsForTheAdministratorAndThePilotsOfItsTerritory() {
        String nancyMetz = """
                {"name": "Campus de test", "filiereCode": "NUMERIQUE", "category": "CMQ", "regionCode": "44",
                 "academieCodes": ["12"]}""";
        assertThat(new WebSession(port).json("POST", "/api/v1/campuses", nancyMetz).statusCode()).isEqualTo(401);
        assertStatus(201, DemoAccount.ADMIN, "POST", "/api/v1/campuses", nancyMetz);
        assertStatus(201, DemoAccount.PILOTE_ACADEMIQUE, "POST", "/api/v1/campuses", nancyMetz);
        assertStatus(201, DemoAccount.PILOTE_REGIONAL, "POST", "/api/v1/campuses", nancyMetz);
        String orleansTours = nancyMetz.replace("\"44\"", "\"24\"").replace("[\"12\"]", "[\"18\"]");
        for (var refused : List.of(DemoAccount.PILOTE_ACADEMIQUE, DemoAccount.PILOTE_REGIONAL, DemoAccount.DIRECTEUR,
                DemoAccount.CHEF_ETABLISSEMENT, DemoAccount.EXPERT, DemoAccount.CONTACT_MEMBRE)) {
            assertStatus(403, refused, "POST", "/api/v1/campuses", orleansTours);
        }
        var invalid = as(DemoAccount.ADMIN, "POST", "/api/v1/campuses", "{\"name\": \"\", \"category\": \"CMQ\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"name\"").contains("\"field\":\"filiereCode\"")
                .contains("Saisissez le nom du campus.");
    }

    @Test
    void aCampusNamesOnlyKnownCodesAndItsAcademiesAreInItsRegion() {
        String campus = """
                {"name": "Campus de test", "filiereCode": "%s", "category": "CMQ", "regionCode": "%s",
                 "academieCodes": ["%s"]}""";
        var unknownFiliere = as(DemoAccount.ADMIN, "POST", "/api/v1/campuses", campus.formatted("NOPE", "44", "12"));
        assertThat(unknownFiliere.statusCode()).isEqualTo(400);
        assertThat(unknownFiliere.body()).contains("\"field\":\"filiereCode\"");
        var unknownRegion = as(DemoAccount.ADMIN, "POST", "/api/v1/campuses", campus.formatted("NUMERIQUE", "99", "12"));
        assertThat(unknownRegion.body()).contains("\"field\":\"regionCode\"");
        var elsewhere = as(DemoAccount.PILOTE_REGIONAL, "POST", "/api/v1/campuses",
                campus.formatted("NUMERIQUE", "44", "18"));
        assertThat(elsewhere.statusCode()).as("an académie of another région").isEqualTo(400);
        assertThat(elsewhere.body()).contains("\"field\":\"academieCodes\"").contains("Orléans-Tours");
        assertStatus(403, DemoAccount.PILOTE_ACADEMIQUE, "POST", "/api/v1/campuses",
                campus.formatted("NUMERIQUE", "44", "15"));
        var invisible = as(DemoAccount.ADMIN, "POST", "/api/v1/campuses",
                campus.formatted("NUMERIQUE", "44", "12").replace("Campus de test", "\\u200B\\u200B"));
        assertThat(invisible.statusCode()).isEqualTo(400);
        assertThat(invisible.body()).contains("\"field\":\"name\"");
    }

    @Test
    void aProfileChangeAnswersTheVersionItWroteAndTheHistoryKeepsValues() {
        long read = version(1);
        String body = JSON.writeValueAsString(Map.of("name", "Énergie et maintenance", "version", read,
                "objectives", Map.of("ELEVATION_QUALIFICATION", "Du CAP au BTS")));
        var written = as(DemoAccount.DIRECTEUR, "PUT", "/api/v1/campuses/1", body);
        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(written.body()).get("version").asLong()).isEqualTo(read + 1);
        assertThat(as(DemoAccount.ADMIN, "GET", "/api/v1/audit-events?size=5", "").body())
                .contains("ELEVATION_QUALIFICATION : Du CAP au BTS").doesNotContain("SetProxy@");

        String tooLong = JSON.writeValueAsString(Map.of("name", "Énergie et maintenance", "version", read + 1,
                "objectives", Map.of("ELEVATION_QUALIFICATION", "x".repeat(1001))));
        var refused = as(DemoAccount.DIRECTEUR, "PUT", "/api/v1/campuses/1", tooLong);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("1 000 caractères");
    }

    @Test
    void editingTheProfileIsForTheCampusTeamAndTheAdministrator() {
        for (var allowed : List.of(DemoAccount.DIRECTEUR, DemoAccount.CHEF_ETABLISSEMENT, DemoAccount.ADMIN)) {
            var response = as(allowed, "PUT", "/api/v1/campuses/1", profile("Présentation par " + allowed, version(1)));
            assertThat(response.statusCode()).as(allowed.name() + " " + response.body()).isEqualTo(200);
        }
        for (var refused : List.of(DemoAccount.DIRECTEUR_BOIS, DemoAccount.PILOTE_ACADEMIQUE,
                DemoAccount.PILOTE_REGIONAL, DemoAccount.EXPERT, DemoAccount.CONTACT_MEMBRE)) {
            assertStatus(403, refused, "PUT", "/api/v1/campuses/1", profile("Intrusion", version(1)));
        }
        assertThat(new WebSession(port).json("PUT", "/api/v1/campuses/1", profile("x", 0)).statusCode()).isEqualTo(401);
        assertStatus(403, DemoAccount.DIRECTEUR, "PUT", "/api/v1/campuses/2", profile("Ailleurs", version(2)));
        assertThat(presentation(1)).isEqualTo("Présentation par ADMIN");
    }

    @Test
    void aStaleVersionIsAConflictThatShowsTheOtherChange() {
        long read = version(1);
        assertStatus(200, DemoAccount.DIRECTEUR, "PUT", "/api/v1/campuses/1", profile("Première modification", read));
        var late = as(DemoAccount.CHEF_ETABLISSEMENT, "PUT", "/api/v1/campuses/1", profile("Seconde, en retard", read));
        assertThat(late.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(late.body());
        assertThat(problem.get("detail").asString()).contains(DemoAccount.DIRECTEUR.email);
        assertThat(problem.get("current").get("presentation").asString()).isEqualTo("Première modification");
        assertThat(presentation(1)).isEqualTo("Première modification");
    }

    @Test
    void theNetworkIsKeptByTheCampusTeamOnly() {
        String member = "{\"organisationType\": \"ENTREPRISE\", \"name\": \"Entreprise test\"}";
        assertStatus(201, DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/members", member);
        assertStatus(201, DemoAccount.CHEF_ETABLISSEMENT, "POST", "/api/v1/campuses/1/members", member);
        assertStatus(201, DemoAccount.ADMIN, "POST", "/api/v1/campuses/1/members", member);
        for (var refused : List.of(DemoAccount.DIRECTEUR_BOIS, DemoAccount.PILOTE_ACADEMIQUE, DemoAccount.EXPERT,
                DemoAccount.CONTACT_MEMBRE)) {
            assertStatus(403, refused, "POST", "/api/v1/campuses/1/members", member);
        }
        assertThat(new WebSession(port).json("POST", "/api/v1/campuses/1/members", member).statusCode()).isEqualTo(401);

        long id = addMember(DemoAccount.DIRECTEUR, 1, "Entreprise à modifier", null);
        long version = jdbc.sql("select version from campus_member where id = :id").param("id", id).query(Long.class).single();
        String change = "{\"networkRole\": \"PARTENAIRE\", \"contactName\": \"Paul\", \"version\": " + version + "}";
        assertStatus(403, DemoAccount.DIRECTEUR_BOIS, "PUT", "/api/v1/campuses/1/members/" + id, change);
        assertStatus(200, DemoAccount.DIRECTEUR, "PUT", "/api/v1/campuses/1/members/" + id, change);
        assertStatus(409, DemoAccount.DIRECTEUR, "PUT", "/api/v1/campuses/1/members/" + id, change);

        assertStatus(403, DemoAccount.DIRECTEUR_BOIS, "DELETE", "/api/v1/campuses/1/members/" + id, "");
        assertStatus(403, DemoAccount.PILOTE_REGIONAL, "DELETE", "/api/v1/campuses/1/members/" + id, "");
        assertStatus(204, DemoAccount.DIRECTEUR, "DELETE", "/api/v1/campuses/1/members/" + id, "");
        assertThat(jdbc.sql("select left_on is not null from campus_member where id = :id").param("id", id)
                .query(Boolean.class).single()).as("leaving keeps history").isTrue();
        assertStatus(404, DemoAccount.DIRECTEUR, "DELETE", "/api/v1/campuses/1/members/999999", "");
    }

    @Test
    void theLastEpleCannotLeaveAndBadIdentifiersAreRefused() {
        long eple = jdbc.sql("select id from campus_member where campus_id = 10 and eple").query(Long.class).single();
        var refused = as(DemoAccount.ADMIN, "DELETE", "/api/v1/campuses/10/members/" + eple, "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("dernier EPLE");

        var badUai = as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/members",
                "{\"organisationType\": \"LYCEE\", \"uai\": \"0940176G\"}");
        assertThat(badUai.statusCode()).isEqualTo(400);
        assertThat(badUai.body()).contains("la lettre de contrôle devrait être F");
        var unknownUai = as(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/members",
                "{\"organisationType\": \"LYCEE\", \"uai\": \"0540042C\"}");
        assertThat(unknownUai.statusCode()).isEqualTo(422);
    }

    @Test
    void deletingACampusIsForTheAdministratorOnly() {
        for (var refused : List.of(DemoAccount.DIRECTEUR, DemoAccount.CHEF_ETABLISSEMENT, DemoAccount.PILOTE_ACADEMIQUE,
                DemoAccount.PILOTE_REGIONAL, DemoAccount.EXPERT, DemoAccount.CONTACT_MEMBRE)) {
            assertStatus(403, refused, "DELETE", "/api/v1/campuses/12", "");
        }
        assertStatus(204, DemoAccount.ADMIN, "DELETE", "/api/v1/campuses/12", "");
        assertThat(new WebSession(port).json("GET", "/api/v1/campuses/12", "").statusCode()).isEqualTo(404);
    }

    private long addMember(DemoAccount account, long campus, String name, String contact) {
        String body = JSON.writeValueAsString(contact == null
                ? Map.of("organisationType", "ENTREPRISE", "name", name)
                : Map.of("organisationType", "ENTREPRISE", "name", name, "contactName", contact));
        var response = as(account, "POST", "/api/v1/campuses/" + campus + "/members", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static String profile(String presentation, long version) {
        return JSON.writeValueAsString(Map.of("name", "Énergie et maintenance", "presentation", presentation,
                "version", version));
    }

    private long version(long campus) {
        return jdbc.sql("select version from campus where id = :id").param("id", campus).query(Long.class).single();
    }

    private String presentation(long campus) {
        return jdbc.sql("select presentation from campus where id = :id").param("id", campus).query(String.class).single();
    }

    private void assertStatus(int status, DemoAccount account, String method, String path, String body) {
        var response = as(account, method, path, body);
        assertThat(response.statusCode()).as("%s %s %s: %s", account, method, path, response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    private HttpResponse<String> as(DemoAccount account, String method, String path, String body) {
        return new WebSession(port).jsonWithBasic(method, path, body, account.email, DemoAccount.PASSWORD);
    }
}
