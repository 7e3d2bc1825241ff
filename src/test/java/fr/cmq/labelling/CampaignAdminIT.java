package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.json.JsonMapper;

/** The administration loads a cahier des charges from a file and opens a campaign on it, by the API. */
@IntegrationTest
class CampaignAdminIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GRID = """
            code;titre;attendus;excellence;pièces
            C01;Diagnostic partagé;Le diagnostic du territoire;Un diagnostic actualisé;Le diagnostic
            C02;Plan d'actions;Des actions pilotées;;
            """;

    @LocalServerPort
    int port;

    @Test
    void aGridWithRefusedLinesLoadsNothingAndSaysEachLine() {
        String bad = GRID + "C01;Doublon;;;\n;Sans code;;;\nC 04;Code faux;;;\nC05;;;;\n";
        var refused = upload(DemoAccount.ADMIN, "2027-essai", bad);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"line\":4").contains("déjà donné ligne 2")
                .contains("\"line\":5").contains("\"line\":6").contains("\"line\":7").contains("Le titre du critère C05");
        assertThat(new WebSession(port).getWithBasic("/api/v1/grids", DemoAccount.ADMIN.email, DemoAccount.PASSWORD).body())
                .as("nothing loaded").doesNotContain("2027-essai");
        assertThat(upload(DemoAccount.ADMIN, "2027-essai", "pas du tout un CSV\u0000").statusCode()).isEqualTo(422);
        assertThat(upload(DemoAccount.PILOTE_REGIONAL, "2027-essai", GRID).statusCode()).isEqualTo(403);
    }

    @Test
    void theAdministrationLoadsAGridThenOpensACampaignOnIt() {
        var loaded = upload(DemoAccount.ADMIN, "2027", GRID);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
        assertThat(JSON.readTree(loaded.body()).get("criteria").asInt()).isEqualTo(2);
        assertThat(upload(DemoAccount.ADMIN, "2027", GRID).statusCode()).as("a version never changes").isEqualTo(422);

        var today = LocalDate.now();
        String campaign = """
                {"title":"Appel à projets 2028","kinds":["CREATION","RENOUVELLEMENT"],"gridVersion":"2027",
                 "opensOn":"%s","depositDeadline":"%s","avisDeadline":"%s","reviewDeadline":"%s","decisionDate":"%s"}""";
        var outOfOrder = send(DemoAccount.ADMIN, campaign.formatted(today, today.plusMonths(3), today.plusMonths(2),
                today.plusMonths(4), today.plusMonths(5)));
        assertThat(outOfOrder.statusCode()).isEqualTo(400);
        assertThat(outOfOrder.body()).contains("\"field\":\"avisDeadline\"");
        String good = campaign.formatted(today, today.plusMonths(2), today.plusMonths(3), today.plusMonths(4),
                today.plusMonths(5));
        assertThat(send(DemoAccount.PILOTE_ACADEMIQUE, good).statusCode()).isEqualTo(403);
        assertThat(send(DemoAccount.ADMIN, good).statusCode()).isEqualTo(201);
        assertThat(new WebSession(port).getWithBasic("/api/v1/campaigns", DemoAccount.DIRECTEUR.email,
                DemoAccount.PASSWORD).body()).contains("Appel à projets 2028");
    }

    private java.net.http.HttpResponse<String> upload(DemoAccount account, String version, String content) {
        return new WebSession(port).postFileWithBasic("/api/v1/grids?version=" + version + "&title=Grille%20" + version,
                "grille.csv", content.getBytes(StandardCharsets.UTF_8), account.email, DemoAccount.PASSWORD);
    }

    private java.net.http.HttpResponse<String> send(DemoAccount account, String body) {
        return new WebSession(port).jsonWithBasic("POST", "/api/v1/campaigns", body, account.email, DemoAccount.PASSWORD);
    }
}
