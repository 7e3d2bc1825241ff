package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national administration loads a version of the référentiel whole or not at all, by the page and by the API;
 * everyone signed in reads it; a version never changes.
 */
@IntegrationTest
class FrameworksIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aVersionLoadsWholeIsReadByEveryoneSignedInAndNeverChanges() throws IOException {
        var loaded = upload(DemoAccount.ADMIN, "2027-1", demonstration());
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
        long id = JSON.readTree(loaded.body()).get("id").asLong();
        assertThat(JSON.readTree(loaded.body()).get("references").asInt()).isEqualTo(30);

        var read = new WebSession(port).getWithBasic("/api/v1/frameworks/" + id, DemoAccount.DIRECTEUR.email,
                DemoAccount.PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        var framework = JSON.readTree(read.body());
        assertThat(framework.get("domains")).hasSize(7);
        assertThat(framework.get("domains").get(5).get("title").asString()).isEqualTo("Ouverture européenne et internationale");
        assertThat(framework.get("domains").get(1).get("fields").get(0).get("references").get(1).get("facts").get(0)
                .asString()).isEqualTo("CONVENTION");
        assertThat(new WebSession(port).getWithBasic("/api/v1/frameworks", DemoAccount.EXPERT.email, DemoAccount.PASSWORD)
                .body()).contains("\"version\":\"2027-1\"");

        var again = upload(DemoAccount.ADMIN, "2027-1", demonstration());
        assertThat(again.statusCode()).as("a version loaded never changes").isEqualTo(422);
        assertThat(again.body()).contains("existe déjà");
        assertThat(upload(DemoAccount.PILOTE_REGIONAL, "2027-2", demonstration()).statusCode()).isEqualTo(403);
        assertThat(new WebSession(port).get("/api/v1/frameworks").statusCode()).isEqualTo(401);
    }

    @Test
    void aFileWithRefusedLinesLoadsNothingAndTheFormSaysEachLine() throws IOException {
        String bad = new String(demonstration(), java.nio.charset.StandardCharsets.UTF_8)
                .replace(";0.1.2;", ";0.1.1;").replace("INSERTION_6_MOIS", "INCONNU");
        var refused = upload(DemoAccount.ADMIN, "2027-faux", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"line\":3").contains("Référence 0.1.1 déjà donnée ligne 2")
                .contains("\"line\":4").contains("Indicateurs absents du catalogue : INCONNU");

        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        assertThat(admin.get("/admin/referentiels").body()).contains("Référentiel de démonstration").doesNotContain("2027-faux");
        HttpResponse<String> page = admin.postFormWithFile("/admin/referentiels",
                Map.of("version", "2027-faux", "title", "Essai <b>gras</b>"), "file", "referentiel.csv",
                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Ligne 3 : Référence 0.1.1 déjà donnée ligne 2")
                .contains("value=\"Essai &lt;b&gt;gras&lt;/b&gt;\"");
        var noFile = admin.postFormWithFile("/admin/referentiels", Map.of("version", "2027-x", "title", "Essai"),
                "file", "vide.csv", new byte[0]);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("Joignez le fichier CSV du référentiel");
        assertThat(admin.get("/admin/referentiels/modele.csv").body()).startsWith("domaine;titre_domaine");
    }

    @Test
    void theFormLoadsAVersionAndShowsIt() throws IOException {
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        admin.get("/admin/referentiels");
        var loaded = admin.postFormWithFile("/admin/referentiels", Map.of("version", "2027-page", "title",
                "Référentiel 2027"), "file", "referentiel.csv", demonstration());
        assertThat(loaded.statusCode()).isEqualTo(302);
        String shown = admin.get(java.net.URI.create(loaded.headers().firstValue("Location").orElseThrow()).getPath())
                .body();
        assertThat(shown).contains("La version 2027-page est chargée : 30 références.")
                .contains("Domaine 6 — Identité et vie du campus").contains("Convention et lettre de mission");
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR).get("/admin/referentiels").statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> upload(DemoAccount account, String version, byte[] content) {
        return new WebSession(port).postFileWithBasic("/api/v1/frameworks?version=" + version
                + "&title=R%C3%A9f%C3%A9rentiel%20" + version, "referentiel.csv", content, account.email,
                DemoAccount.PASSWORD);
    }

    private static byte[] demonstration() throws IOException {
        try (var input = new ClassPathResource("evaluation/referentiel-demonstration.csv").getInputStream()) {
            return input.readAllBytes();
        }
    }
}
