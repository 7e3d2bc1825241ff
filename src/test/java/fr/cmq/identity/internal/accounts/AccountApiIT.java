package fr.cmq.identity.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The accounts' administration through the API: the same rules as the screens, paged, 403, 404 and 409 as the house says. */
@IntegrationTest
class AccountApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDirectorInvitesItsMembersContactsOnlyAndAStaleVersionIsAnswered409() {
        var api = new WebSession(port);
        long member = jdbc.sql("select id from campus_member where campus_id = 1 and left_on is null order by id limit 1")
                .query(Long.class).single();
        var invited = send(api, DemoAccount.DIRECTEUR, "POST", "/api/v1/accounts", """
                {"email":"api.contact@cmq.test","displayName":"Contact par l'API","role":"MEMBER_CONTACT",
                 "campusId":1,"organisationId":%d}""".formatted(member));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        JsonNode account = JSON.readTree(invited.body());
        long id = account.get("id").asLong();
        assertThat(invited.headers().firstValue("Location")).hasValue("/api/v1/accounts/" + id);
        assertThat(account.get("passwordSet").asBoolean()).isFalse();
        assertThat(account.get("grants").get(0).get("role").asString()).isEqualTo("MEMBER_CONTACT");

        assertThat(send(api, DemoAccount.DIRECTEUR, "POST", "/api/v1/accounts", """
                {"email":"api.do@cmq.test","displayName":"Un directeur","role":"DIRECTEUR_OPERATIONNEL","campusId":1}""")
                .statusCode()).as("a director opens no director's account").isEqualTo(403);
        var missing = send(api, DemoAccount.DIRECTEUR, "POST", "/api/v1/accounts", """
                {"email":"pas-une-adresse","displayName":"","role":"MEMBER_CONTACT","campusId":1,"organisationId":%d}"""
                .formatted(member));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"email\"", "\"field\":\"displayName\"");
        assertThat(send(api, DemoAccount.CONTACT_MEMBRE, "GET", "/api/v1/accounts", "").statusCode()).isEqualTo(403);
        assertThat(send(api, DemoAccount.DIRECTEUR_BOIS, "GET", "/api/v1/accounts/" + id, "").statusCode())
                .as("another campus's director does not see it").isEqualTo(404);

        var list = JSON.readTree(send(api, DemoAccount.DIRECTEUR, "GET", "/api/v1/accounts?q=api&size=10", "").body());
        assertThat(list.get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(list.get("content").get(0).get("email").asString()).isEqualTo("api.contact@cmq.test");

        long version = account.get("version").asLong();
        var stale = send(api, DemoAccount.DIRECTEUR, "POST", "/api/v1/accounts/" + id + "/disable",
                "{\"version\":" + (version - 1) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("current").get("version").asLong()).isEqualTo(version);
        var disabled = send(api, DemoAccount.DIRECTEUR, "POST", "/api/v1/accounts/" + id + "/disable",
                "{\"version\":" + version + "}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(JSON.readTree(disabled.body()).get("enabled").asBoolean()).isFalse();
        version = JSON.readTree(disabled.body()).get("version").asLong();
        assertThat(send(api, DemoAccount.DIRECTEUR, "POST", "/api/v1/accounts/" + id + "/enable",
                "{\"version\":" + version + "}").statusCode()).isEqualTo(200);
    }

    @Test
    void theAdministrationAddsAndEndsAGrant() {
        var api = new WebSession(port);
        long expert = jdbc.sql("select id from user_account where email = :email")
                .param("email", DemoAccount.EXPERT.email).query(Long.class).single();
        long version = JSON.readTree(send(api, DemoAccount.ADMIN, "GET", "/api/v1/accounts/" + expert, "").body())
                .get("version").asLong();
        var added = send(api, DemoAccount.ADMIN, "POST", "/api/v1/accounts/" + expert + "/grants",
                "{\"role\":\"PILOTE_ACADEMIQUE\",\"academieCode\":\"12\",\"version\":" + version + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonNode account = JSON.readTree(added.body());
        long grant = -1;
        for (JsonNode g : account.get("grants")) {
            if (g.get("role").asString().equals("PILOTE_ACADEMIQUE")) {
                grant = g.get("id").asLong();
            }
        }
        assertThat(grant).isPositive();
        var ended = send(api, DemoAccount.ADMIN, "DELETE", "/api/v1/accounts/" + expert + "/grants/" + grant
                + "?version=" + account.get("version").asLong(), "");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        var noScope = send(api, DemoAccount.ADMIN, "POST", "/api/v1/accounts/" + expert + "/grants",
                "{\"role\":\"PILOTE_REGIONAL\",\"version\":" + JSON.readTree(ended.body()).get("version").asLong() + "}");
        assertThat(noScope.statusCode()).isIn(400, 422);
        assertThat(noScope.body()).contains("regionCode");
    }

    private static HttpResponse<String> send(WebSession api, DemoAccount account, String method, String path, String body) {
        return api.jsonWithBasic(method, path, body, account.email, DemoAccount.PASSWORD);
    }
}
