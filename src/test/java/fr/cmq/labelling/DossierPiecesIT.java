package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.SampleFiles;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pieces the DO attaches to its answers: proven by their content, counted in the completeness, read by the
 * dossier's readers only, taken off after a confirmation, refused once the dossier is deposited.
 */
@IntegrationTest
class DossierPiecesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long id;
    String page;
    String api;
    WebSession director;

    @BeforeEach
    void aDraftOfTheEnergyCampus() {
        jdbc.sql("delete from dossier where campus_id = 1").update();
        long campaign = json(get(DemoAccount.DIRECTEUR, "/api/v1/campaigns")).get(0).get("id").asLong();
        id = json(send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/dossiers",
                "{\"campaignId\":" + campaign + ",\"kind\":\"RENOUVELLEMENT\"}")).get("id").asLong();
        page = "/dossiers/" + id;
        api = "/api/v1/dossiers/" + id;
        director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
    }

    @Test
    void aPieceAloneAnswersItsCriterionAndIsReadByTheDossiersReadersOnly() {
        director.get(page);
        var attached = director.postFormWithFile(page + "/reponses/C03/pieces", Map.of("version", version()), "file",
                "Démarche qualité.pdf", SampleFiles.PDF);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(302);
        assertThat(attached.headers().firstValue("Location").orElse("")).endsWith("#pieces-C03");

        JsonNode dossier = json(get(DemoAccount.DIRECTEUR, api));
        assertThat(dossier.get("answered").asInt()).as("a piece alone answers").isEqualTo(1);
        JsonNode piece = answer(dossier, "C03").get("pieces").get(0);
        assertThat(piece.get("filename").asString()).isEqualTo("Démarche qualité.pdf");
        assertThat(piece.get("mediaType").asString()).isEqualTo("application/pdf");
        String download = page + "/pieces/" + piece.get("id").asLong();
        assertThat(director.get(page).body()).contains("Démarche qualité.pdf").contains(download);

        var file = director.download(download);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(SampleFiles.PDF);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(get(DemoAccount.PILOTE_REGIONAL, api + "/pieces/" + piece.get("id").asLong()).statusCode())
                .as("a pilot of the territory").isEqualTo(200);
        assertThat(get(DemoAccount.DIRECTEUR_BOIS, api + "/pieces/" + piece.get("id").asLong()).statusCode())
                .as("another campus").isEqualTo(403);
        assertThat(get(DemoAccount.EXPERT, api + "/pieces/" + piece.get("id").asLong()).statusCode())
                .as("an expert not assigned").isEqualTo(403);
        assertThat(director.download(page + "/pieces/999999").statusCode()).isEqualTo(404);
        long elsewhere = jdbc.sql("insert into document (filename, media_type, size_bytes, sha256, uploaded_by)"
                + " values ('autre.pdf', 'application/pdf', 1, repeat('a', 64), 'x') returning id").query(Long.class).single();
        assertThat(director.download(page + "/pieces/" + elsewhere).statusCode())
                .as("a document not attached to this dossier").isEqualTo(404);

        var pdf = director.download(page + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PIECE_DOSSIER_AJOUTEE'"
                + " and entity_id = :id").param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotADocumentOrAStaleVersionIsRefusedBesideItsCriterionAndNothingIsKept() {
        director.get(page);
        String before = version();
        var random = director.postFormWithFile(page + "/reponses/C04/pieces", Map.of("version", before), "file",
                "budget.pdf", SampleFiles.randomBytes());
        assertThat(random.statusCode()).isEqualTo(400);
        assertThat(random.body()).contains("id=\"piece-error-C04\"").contains("n&#39;est pas accepté ici");
        var empty = director.postFormWithFile(page + "/reponses/C04/pieces", Map.of("version", before), "file",
                "vide.pdf", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Choisissez un fichier.");
        assertThat(version()).as("nothing half-applied").isEqualTo(before);

        director.get(page);
        assertThat(director.postFormWithFile(page + "/reponses/C04/pieces", Map.of("version", before), "file",
                "a.pdf", SampleFiles.PDF).statusCode()).isEqualTo(302);
        var stale = director.postFormWithFile(page + "/reponses/C05/pieces", Map.of("version", before), "file",
                "b.pdf", SampleFiles.PDF);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"piece-error-C05\"").contains("recommencez si besoin");
        assertThat(answer(json(get(DemoAccount.DIRECTEUR, api)), "C05").get("pieces")).isEmpty();
        assertThat(director.postFormWithFile(page + "/reponses/C99/pieces", Map.of("version", version()), "file",
                "c.pdf", SampleFiles.PDF).statusCode()).as("not a criterion of the grid").isEqualTo(302);
        assertThat(answer(json(get(DemoAccount.DIRECTEUR, api)), "C04").get("pieces")).hasSize(1);
    }

    @Test
    void thePieceIsTakenOffAfterAConfirmation() {
        var added = attachByApi("C06", "Convention.docx", SampleFiles.docx());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long document = answer(json(get(DemoAccount.DIRECTEUR, api)), "C06").get("pieces").get(0).get("id").asLong();
        String removal = page + "/reponses/C06/pieces/" + document + "/retrait";

        var confirmation = director.get(removal);
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Retirer la pièce « Convention.docx » ?");
        var pilot = new WebSession(port);
        pilot.signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        assertThat(pilot.get(removal).statusCode()).as("a pilot reads, does not write").isEqualTo(403);
        var removed = director.postForm(removal + "?version=" + version(), Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(answer(json(get(DemoAccount.DIRECTEUR, api)), "C06").get("pieces")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PIECE_DOSSIER_RETIREE'"
                + " and entity_id = :id").param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);

        assertThat(send(DemoAccount.DIRECTEUR, "DELETE", api + "/answers/C06/pieces/" + document + "?version="
                + version(), "").statusCode()).as("already taken off").isEqualTo(404);
    }

    @Test
    void theApiTakesTenPiecesACriterionAndNoneOnceDeposited() {
        for (int i = 1; i <= 10; i++) {
            assertThat(attachByApi("C01", "annexe-" + i + ".odt", SampleFiles.odt()).statusCode()).isEqualTo(201);
        }
        var eleventh = attachByApi("C01", "annexe-11.pdf", SampleFiles.PDF);
        assertThat(eleventh.statusCode()).isEqualTo(422);
        assertThat(eleventh.body()).contains("10 pièces au plus");
        var script = attachByApi("C02", "page.pdf", SampleFiles.pdfHeaderThenScript());
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(script.body()).contains("\"field\":\"file\"");
        assertThat(send(DemoAccount.PILOTE_REGIONAL, "DELETE", api + "/answers/C01/pieces/1?version=" + version(), "")
                .statusCode()).isEqualTo(403);

        for (JsonNode answer : json(get(DemoAccount.DIRECTEUR, api)).get("answers")) {
            String code = answer.get("criterion").get("code").asString();
            if (!code.equals("C01")) {
                assertThat(send(DemoAccount.DIRECTEUR, "PUT", api + "/answers/" + code,
                        "{\"text\":\"Notre réponse\",\"version\":" + version() + "}").statusCode()).isEqualTo(200);
            }
        }
        assertThat(send(DemoAccount.CHEF_ETABLISSEMENT, "POST", api + "/transitions/deposit", "").statusCode())
                .as("C01 answered by its pieces alone").isEqualTo(200);
        var locked = attachByApi("C02", "tard.pdf", SampleFiles.PDF);
        assertThat(locked.statusCode()).isEqualTo(422);
        assertThat(locked.body()).contains("ne se modifie plus");
    }

    private HttpResponse<String> attachByApi(String criterion, String name, byte[] content) {
        return new WebSession(port).postFileWithBasic(api + "/answers/" + criterion + "/pieces?version=" + version(),
                name, content, DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
    }

    private String version() {
        return json(get(DemoAccount.DIRECTEUR, api)).get("version").asString();
    }

    private static JsonNode answer(JsonNode dossier, String code) {
        for (JsonNode answer : dossier.get("answers")) {
            if (answer.get("criterion").get("code").asString().equals(code)) {
                return answer;
            }
        }
        throw new AssertionError("no criterion " + code);
    }

    private HttpResponse<String> get(DemoAccount account, String path) {
        return new WebSession(port).getWithBasic(path, account.email, DemoAccount.PASSWORD);
    }

    private HttpResponse<String> send(DemoAccount account, String method, String path, String body) {
        return new WebSession(port).jsonWithBasic(method, path, body, account.email, DemoAccount.PASSWORD);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }
}
