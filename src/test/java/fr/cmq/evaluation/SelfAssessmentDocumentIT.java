package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.SampleFiles;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team gives documents as evidence of a référence: only what the content proves a document is kept, five at most
 * per référence, read by those who read the campus, taken back after a confirmation; the report lists them.
 */
@IntegrationTest
class SelfAssessmentDocumentIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReferencesEvidenceIsKeptOnlyWhenItIsADocumentAndReadOnlyByTheCampussReaders() {
        long frameworkId = JSON.readTree(new WebSession(port).getWithBasic("/api/v1/frameworks",
                DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD).body()).get(0).get("id").asLong();
        long assessment = JSON.readTree(new WebSession(port).jsonWithBasic("POST", "/api/v1/campuses/1/self-evaluations",
                "{\"frameworkId\":" + frameworkId + "}", DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD).body())
                .get("id").asLong();
        String base = "/campus/1/auto-evaluation/" + assessment;
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        director.get(base + "/domaines/1");
        long before = count();

        for (var hostile : Map.of("rand.pdf", SampleFiles.randomBytes(), "page.pdf", SampleFiles.pdfHeaderThenScript(),
                "logo.png", SampleFiles.png()).entrySet()) {
            assertThat(director.postFormWithFile(base + "/references/1.1.2/documents", Map.of("domain", "1"), "file",
                    hostile.getKey(), hostile.getValue()).statusCode()).isEqualTo(302);
            assertThat(director.get(base + "/domaines/1").body()).as(hostile.getKey()).contains("accepté");
        }
        assertThat(count()).as("nothing kept").isEqualTo(before);

        assertThat(director.postFormWithFile(base + "/references/1.1.2/documents", Map.of("domain", "1"), "file",
                "convention <i>2024.docx", SampleFiles.docx()).statusCode()).isEqualTo(302);
        String page = director.get(base + "/domaines/1").body();
        assertThat(page).contains("Le document est ajouté à la référence 1.1.2")
                .contains("convention &lt;i&gt;2024.docx").doesNotContain("<i>2024");
        var link = Pattern.compile("/campus/1/auto-evaluation/" + assessment + "/documents/(\\d+)").matcher(page);
        assertThat(link.find()).isTrue();
        String document = link.group();
        assertThat(director.download(document).statusCode()).isEqualTo(200);
        var otherCampus = WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS);
        assertThat(otherCampus.get(document).statusCode()).isEqualTo(403);
        assertThat(otherCampus.get("/campus/2/auto-evaluation/" + assessment + "/documents/" + link.group(1))
                .statusCode()).as("through its own campus's path, another's document is not found").isEqualTo(404);

        for (int more = 0; more < 4; more++) {
            director.postFormWithFile(base + "/references/1.1.2/documents", Map.of("domain", "1"), "file",
                    "piece-" + more + ".odt", SampleFiles.odt());
            director.get(base + "/domaines/1");
        }
        director.postFormWithFile(base + "/references/1.1.2/documents", Map.of("domain", "1"), "file", "sixieme.odt",
                SampleFiles.odt());
        assertThat(director.get(base + "/domaines/1").body()).contains("5 documents au plus")
                .doesNotContain("sixieme.odt");

        String removal = base + "/references/1.1.2/documents/" + link.group(1) + "/retrait";
        assertThat(director.get(removal + "?domain=1").body()).contains("Retirer le document de preuve");
        assertThat(director.postForm(removal + "?domain=1", Map.of()).statusCode()).isEqualTo(302);
        assertThat(director.get(base + "/domaines/1").body()).contains("Le document est retiré")
                .doesNotContain("convention &lt;i&gt;2024");
    }

    private long count() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }
}
