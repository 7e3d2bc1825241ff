package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * A moment is read in French time wherever a person reads it — the dossier's timeline, its PDF, the campus's history —
 * one hour ahead of UTC in winter, two in summer.
 */
@IntegrationTest
class FrenchTimeIT {

    private static final Instant SUMMER = Instant.parse("2026-07-14T08:00:00Z");
    private static final Instant WINTER = Instant.parse("2026-12-02T03:42:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDossiersMomentsAreInFrenchTimeInSummerAndInWinter() {
        long dossier = jdbc.sql("""
                select s.dossier_id from dossier_step s group by s.dossier_id order by count(*) desc, s.dossier_id limit 1""")
                .query(Long.class).single();
        jdbc.sql("update dossier_step set at = :at where dossier_id = :id").param("at", Timestamp.from(SUMMER))
                .param("id", dossier).update();
        jdbc.sql("update dossier set updated_at = :at, version = version + 1 where id = :id")
                .param("at", Timestamp.from(WINTER)).param("id", dossier).update();
        var administration = WebSession.signedIn(port, DemoAccount.ADMIN);

        assertThat(administration.get("/dossiers/" + dossier).body()).as("the timeline, in summer time")
                .contains("14/07/2026 10:00").doesNotContain("14/07/2026 08:00");
        try (var pdf = Loader.loadPDF(administration.download("/dossiers/" + dossier + "/pdf").body())) {
            assertThat(new PDFTextStripper().getText(pdf)).as("the PDF, in winter time")
                    .contains("modifiée le 02/12/2026 04:42").contains("14/07/2026 10:00");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCampusHistoryIsInFrenchTime() {
        // a year ahead, so that they head the history whatever the demonstration wrote today
        var summer = Instant.parse("2027-07-14T08:00:00Z");
        var winter = Instant.parse("2027-12-02T03:42:00Z");
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, entity_type, entity_id)
                values (:summer, 'do.energie@cmq.test', 'MODIFICATION', 'campus', '1'),
                       (:winter, 'do.energie@cmq.test', 'MODIFICATION', 'campus', '1')""")
                .param("summer", Timestamp.from(summer)).param("winter", Timestamp.from(winter)).update();
        String history = WebSession.signedIn(port, DemoAccount.DIRECTEUR).get("/campus/1/historique").body();
        assertThat(history).contains("14/07/2027 10:00").contains("02/12/2027 04:42")
                .doesNotContain("14/07/2027 08:00").doesNotContain("02/12/2027 03:42");
    }
}
