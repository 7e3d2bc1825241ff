package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.SampleFiles;
import fr.cmq.shared.test.WebSession;

/** The upload corpus through the document forms: only what the content proves is kept; a visitor's upload is not read. */
@IntegrationTest
class UploadCorpusIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsOnlyFilesWhoseContentProvesTheirType() {
        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        director.get("/campus/1/documents");
        long before = documents();

        var hostile = Map.of("rand.png", SampleFiles.randomBytes(), "logo.png", SampleFiles.pngThenHtml(),
                "lettre.pdf", SampleFiles.pdfHeaderThenScript(), "convention.docx", SampleFiles.zipBombDocx());
        hostile.forEach((name, content) -> {
            for (String form : new String[] { "logo", "convention" }) {
                var response = director.postFormWithFile("/campus/1/documents/" + form, Map.of(), "file", name, content);
                assertThat(response.statusCode()).as("%s as %s", name, form).isEqualTo(200);
                assertThat(response.body()).as("%s as %s", name, form).contains("n&#39;est pas accepté ici");
            }
        });
        assertThat(documents()).as("nothing kept").isEqualTo(before);

        assertThat(director.postFormWithFile("/campus/1/documents/logo", Map.of(), "file", "logo", SampleFiles.png())
                .statusCode()).isEqualTo(302);
        assertThat(director.postFormWithFile("/campus/1/documents/convention", Map.of(), "file", "c", SampleFiles.docx())
                .statusCode()).isEqualTo(302);
        assertThat(documents()).isEqualTo(before + 2);
        assertThat(new WebSession(port).get("/campus/1/logo").headers().firstValue("Content-Type"))
                .hasValue("image/png");
    }

    @Test
    void aDossiersPiecesKeepOnlyDocumentsAndRefuseTheLargeOnesUnread() {
        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR_BOIS.email, DemoAccount.PASSWORD);
        director.get("/dossiers/1");
        long before = documents();
        String form = "/dossiers/1/reponses/C03/pieces";
        var hostile = Map.of("rand.pdf", SampleFiles.randomBytes(), "logo.png", SampleFiles.png(),
                "lettre.pdf", SampleFiles.pdfHeaderThenScript(), "annexe.docx", SampleFiles.zipBombDocx());
        hostile.forEach((name, content) -> {
            var response = director.postFormWithFile(form, Map.of("version", version()), "file", name, content);
            assertThat(response.statusCode()).as(name).isEqualTo(400);
            assertThat(response.body()).as(name).contains("n&#39;est pas accepté ici");
        });
        assertThat(director.postFormWithFile(form, Map.of("version", version()), "file", "annexe.pdf",
                new byte[22 * 1024 * 1024]).statusCode()).isEqualTo(413);
        assertThat(documents()).as("nothing kept").isEqualTo(before);
        assertThat(director.postFormWithFile(form, Map.of("version", version()), "file", "annexe.pdf",
                SampleFiles.PDF).statusCode()).isEqualTo(302);
        assertThat(documents()).isEqualTo(before + 1);
    }

    private String version() {
        return String.valueOf(jdbc.sql("select version from dossier where id = 1").query(Long.class).single());
    }

    @Test
    void refusesAnUploadByItsSizeOrItsSenderBeforeReadingIt() {
        var visitor = new WebSession(port);
        visitor.get("/");
        long before = documents();
        var anonymous = visitor.postFormWithFile("/campus/1/documents/convention", Map.of(), "file", "c.pdf",
                SampleFiles.PDF);
        assertThat(anonymous.statusCode()).isEqualTo(403);
        var tooLarge = visitor.postFormWithFile("/campus/1/documents/convention", Map.of(), "file", "c.pdf",
                new byte[22 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);

        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        director.get("/campus/1/documents");
        assertThat(director.postFormWithFile("/campus/1/documents/logo", Map.of(), "file", "logo.png",
                new byte[22 * 1024 * 1024]).statusCode()).as("a document's limit, signed in").isEqualTo(413);
        assertThat(documents()).isEqualTo(before);
    }

    private long documents() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }
}
