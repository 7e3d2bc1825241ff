package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.mail.Mail;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * What some output cannot carry is refused where it comes in, and each output escapes the rest: U+FFFE and U+FFFF
 * (XML, hence the PDF, refuses them), a lone half of a surrogate pair, control characters in imported files, a line
 * break in a one-line field (it would forge a log line or an e-mail header), the marks that reverse a file name.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UnprintableTextIT {

    private static final String CAMPUS = "/api/v1/campuses/1";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNameNoOutputCanCarryIsRefusedAndTheDossiersPdfStillRenders() {
        var api = new WebSession(port);
        for (String name : List.of("Énergie\\uFFFF", "\\uFFFEÉnergie", "Énergie \\ud800", "Énergie\\u001b[31m",
                "Énergie\\r\\nBcc: victime@example.org", "Énergie\\u2028suite")) {
            var refused = api.jsonWithBasic("PUT", CAMPUS, "{\"name\":\"" + name + "\",\"version\":" + version() + "}",
                    DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
            assertThat(refused.statusCode()).as(name).isEqualTo(400);
            assertThat(refused.body()).as(name).contains("name");
        }
        assertThat(jdbc.sql("select name from campus where id = 1").query(String.class).single())
                .isEqualTo("Énergie et maintenance");

        long dossier = jdbc.sql("select min(id) from dossier where campus_id = 1").query(Long.class).single();
        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        var form = director.get("/dossiers/" + dossier);
        assertThat(form.statusCode()).isEqualTo(200);
        var pdf = director.download("/dossiers/" + dossier + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
    }

    @Test
    void anImportedLineHoldingAControlCharacterIsRefusedWithItsNumber() {
        String file = "indicateur;date;valeur;commentaire\n"
                + "ENSEIGNANTS_FORMES;15/01/2025;1;échappement \u001b[2J\n"
                + "ENSEIGNANTS_FORMES;16/01/2025;2;sonnerie \u0007\n"
                + "ENSEIGNANTS_FORMES;17/01/2025;3;fin \uFFFF\n"
                + "ENSEIGNANTS_FORMES;18/01/2025;4;\"deux\nlignes\"\n"
                + "ENSEIGNANTS_FORMES;19/01/2025;5;propre\n";
        var answer = new WebSession(port).postFileWithBasic("/api/v1/campuses/1/indicators/import", "m.csv",
                file.getBytes(StandardCharsets.UTF_8), DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"rejected\":4").contains("\"created\":1").contains("\"line\":2")
                .contains("\"line\":3").contains("\"line\":4").contains("\"line\":5").contains("caractère de contrôle");
        assertThat(jdbc.sql("select count(*) from indicator_measure where comment ~ '[\\x01-\\x08\\x1b\\x7f]'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileNameLosesTheMarksThatReverseIt() {
        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        director.get("/campus/1/documents");
        var stored = director.postFormWithFile("/campus/1/documents/convention", Map.of(), "file",
                "facture\u202Efdp.exe\u2066.pdf", fr.cmq.shared.test.SampleFiles.PDF);
        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select filename from document order by id desc limit 1").query(String.class).single())
                .isEqualTo("facturefdp.exe.pdf");
    }

    @Test
    void aLineBreakNeverForgesALineOfTheLogNorAHeaderOfAnEmail(CapturedOutput output) {
        LoggerFactory.getLogger(UnprintableTextIT.class).info("Campus renommé : {}", "Énergie\r\nBcc: victime@example.org");
        assertThat(output.getAll()).contains("Campus renommé : Énergie ⏎ Bcc: victime@example.org")
                .doesNotContain("\nBcc: victime@example.org");
        assertThat(new Mail("a@example.org", "Dossier de Énergie\r\nBcc: victime@example.org", "texte").subject())
                .isEqualTo("Dossier de Énergie Bcc: victime@example.org");
    }

    private long version() {
        return jdbc.sql("select version from campus where id = 1").query(Long.class).single();
    }
}
