package fr.cmq.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/** The export of a campus's offer, as its team and its members download it, and as nobody else may. */
@IntegrationTest
class OfferExportIT {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#x([0-9a-fA-F]+);");

    @LocalServerPort
    int port;
    @TempDir
    Path folder;

    @Test
    void theTeamDownloadsItsOfferAsCsvAndAsAWorkbook() throws IOException {
        var team = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        var csv = team.download("/campus/1/offre/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("offre-campus-1.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Intitulé\";\"Type\";\"Niveau\"")
                .contains("\"CAP Interventions en maintenance technique des bâtiments\"");

        var xlsx = team.download("/campus/1/offre/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String sheet = entry(xlsx.body(), "xl/worksheets/sheet1.xml") + entry(xlsx.body(), "xl/sharedStrings.xml");
        assertThat(sheet).contains("CAP Interventions en maintenance technique des bâtiments").contains("Intitulé");
    }

    @Test
    void aMemberOfTheCampusMayDownloadItButNoOneOutsideIt() {
        assertThat(WebSession.signedIn(port, DemoAccount.CONTACT_MEMBRE).download("/campus/1/offre/export.xlsx").statusCode())
                .isEqualTo(200);
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS).download("/campus/1/offre/export.csv").statusCode())
                .isEqualTo(403);
        assertThat(WebSession.signedIn(port, DemoAccount.EXPERT).download("/campus/1/offre/export.xlsx").statusCode()).isEqualTo(403);
        assertThat(new WebSession(port).download("/campus/1/offre/export.csv").statusCode()).isEqualTo(302);
    }


    /** One file of the workbook's archive, as text with its character references read (empty when it has none). */
    private String entry(byte[] workbook, String name) throws IOException {
        Path file = Files.write(folder.resolve("offre.xlsx"), workbook);
        try (var zip = new ZipFile(file.toFile())) {
            var entry = zip.getEntry(name);
            String xml = entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            return CHARACTER_REFERENCE.matcher(xml)
                    .replaceAll(reference -> Character.toString(Integer.parseInt(reference.group(1), 16)));
        }
    }
}
