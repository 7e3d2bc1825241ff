package fr.cmq.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.SampleFiles;
import fr.cmq.shared.test.WebSession;

/**
 * Documents, sites and governance through the pages, by every role on its own campus and on another's. Campus 1
 * (Énergie et maintenance) is run by the demonstration director and chef d'établissement, in académie 12; campus 2
 * (Bois) by the other director.
 */
@IntegrationTest
class CampusGovernanceIT {

    private static final byte[] PDF = SampleFiles.PDF;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void documentsAreReadFromTheirContentHashedAndServedOnlyToThoseAllowed() throws Exception {
        var director = signedIn(DemoAccount.DIRECTEUR, "/campus/1/documents");
        long before = count("document");

        var disguised = director.postFormWithFile("/campus/1/documents/convention", Map.of(), "file", "convention.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.statusCode()).isEqualTo(200);
        assertThat(disguised.body()).contains("Ce type de fichier n&#39;est pas accepté ici : PDF, ODT, DOCX.");
        assertThat(count("document")).as("nothing stored").isEqualTo(before);

        var noFile = director.postFormWithFile("/campus/1/documents/logo", Map.of(), "file", "", new byte[0]);
        assertThat(noFile.body()).contains("Choisissez un fichier.");

        var stored = director.postFormWithFile("/campus/1/documents/convention", Map.of(), "file", "../../convention.pdf", PDF);
        assertThat(stored.statusCode()).isEqualTo(302);
        var document = jdbc.sql("""
                        select d.id, d.filename, d.media_type, d.sha256 from campus c
                        join document d on d.id = c.convention_document_id where c.id = 1""")
                .query((row, n) -> List.of(row.getLong("id"), row.getString("filename"), row.getString("media_type"),
                        row.getString("sha256")))
                .single();
        assertThat(document.subList(1, 4)).containsExactly("convention.pdf", "application/pdf",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        String url = "/campus/1/documents/" + document.getFirst();

        var download = director.get(url);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment"));
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(signedIn(DemoAccount.PILOTE_ACADEMIQUE, "/campus/1/documents").get(url).statusCode()).isEqualTo(200);
        assertThat(new WebSession(port).get(url).statusCode()).as("anonymous: to the sign-in page").isEqualTo(302);
        var otherDirector = signedIn(DemoAccount.DIRECTEUR_BOIS, "/campus/2/documents");
        assertThat(otherDirector.get(url).statusCode()).isEqualTo(403);
        assertThat(otherDirector.get("/campus/2/documents/" + document.getFirst()).statusCode())
                .as("a document is served only under the campus it belongs to").isEqualTo(404);
        assertThat(audited("CONVENTION")).isEqualTo(1);
    }

    @Test
    void theMissionLetterIsRecordedByThePilotsNotByTheCampusTeam() {
        var director = signedIn(DemoAccount.DIRECTEUR, "/campus/1/documents");
        assertThat(director.postFormWithFile("/campus/1/documents/lettre-de-mission", Map.of("signedOn", "2026-09-01"),
                "file", "lettre.pdf", PDF).statusCode()).isEqualTo(403);
        assertThat(signedIn(DemoAccount.PILOTE_REGIONAL, "/campus/4/documents").postFormWithFile(
                "/campus/4/documents/lettre-de-mission", Map.of("signedOn", "2026-09-01"), "file", "lettre.pdf", PDF)
                .statusCode()).as("campus 4 is outside the Grand Est").isEqualTo(403);

        var pilot = signedIn(DemoAccount.PILOTE_ACADEMIQUE, "/campus/1/documents");
        var future = pilot.postFormWithFile("/campus/1/documents/lettre-de-mission", Map.of("signedOn", "2999-01-01"),
                "file", "lettre.pdf", PDF);
        assertThat(future.body()).contains("La date ne peut pas être dans le futur.");
        assertThat(pilot.postFormWithFile("/campus/1/documents/lettre-de-mission", Map.of("signedOn", "2026-09-01"),
                "file", "lettre.pdf", PDF).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select mission_letter_date::text from campus where id = 1").query(String.class).single())
                .isEqualTo("2026-09-01");
    }

    @Test
    void governanceIsKeptByTheCampusTeamAndReadByItsPilots() {
        for (var allowed : List.of(DemoAccount.DIRECTEUR, DemoAccount.CHEF_ETABLISSEMENT, DemoAccount.ADMIN)) {
            var response = signedIn(allowed, "/campus/1/gouvernance").postForm("/campus/1/gouvernance",
                    Map.of("kind", "ASSEMBLEE_GENERALE", "name", "Assemblée générale par " + allowed));
            assertThat(response.statusCode()).as(allowed.name()).isEqualTo(302);
        }
        for (var refused : List.of(DemoAccount.DIRECTEUR_BOIS, DemoAccount.PILOTE_ACADEMIQUE, DemoAccount.PILOTE_REGIONAL,
                DemoAccount.CONTACT_MEMBRE, DemoAccount.EXPERT)) {
            var session = signedIn(refused, "/");
            assertThat(session.postForm("/campus/1/gouvernance", Map.of("kind", "AUTRE", "name", "Intrusion"))
                    .statusCode()).as(refused.name()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from campus_instance where name like 'Intrusion%'").query(Long.class)
                .single()).isZero();
        assertThat(signedIn(DemoAccount.PILOTE_ACADEMIQUE, "/").get("/campus/1/gouvernance").statusCode()).isEqualTo(200);
        assertThat(signedIn(DemoAccount.DIRECTEUR_BOIS, "/").get("/campus/1/gouvernance").statusCode()).isEqualTo(403);

        var director = signedIn(DemoAccount.DIRECTEUR, "/campus/1/gouvernance");
        var invalid = director.postForm("/campus/1/gouvernance", Map.of("kind", "", "name", " "));
        assertThat(invalid.body()).contains("Choisissez le type d&#39;instance.").contains("Saisissez le nom de l&#39;instance.");

        long copil = jdbc.sql("select id from campus_instance where campus_id = 1 and kind = 'COMITE_PILOTAGE'")
                .query(Long.class).single();
        director.get("/campus/1/gouvernance/" + copil + "/reunions");
        var meeting = director.postFormWithFile("/campus/1/gouvernance/" + copil + "/reunions",
                Map.of("heldOn", "2026-11-02", "agenda", "Budget 2027", "decisions", "Budget voté"), "minutes",
                "compte-rendu.pdf", PDF);
        assertThat(meeting.statusCode()).isEqualTo(302);
        var page = director.get("/campus/1/gouvernance");
        assertThat(page.body()).contains("Budget 2027").contains("compte-rendu.pdf").contains("02/11/2026");
        long minutes = jdbc.sql("select minutes_document_id from instance_meeting where agenda = 'Budget 2027'")
                .query(Long.class).single();
        assertThat(director.get("/campus/1/documents/" + minutes).statusCode()).isEqualTo(200);

        long seat = jdbc.sql("select s.id from instance_seat s where s.instance_id = :copil order by id limit 1")
                .param("copil", copil).query(Long.class).single();
        String removal = "/campus/1/gouvernance/" + copil + "/composition/" + seat + "/suppression";
        assertThat(director.get(removal).body()).as("asked before removing").contains("Supprimer");
        assertThat(signedIn(DemoAccount.DIRECTEUR_BOIS, "/").postForm(removal, Map.of()).statusCode()).isEqualTo(403);
        assertThat(director.postForm(removal, Map.of()).statusCode()).isEqualTo(302);
        assertThat(audited("SUPPRESSION_SIEGE")).isEqualTo(1);
    }

    @Test
    void sitesTakeTheirPlaceFromTheAnnuaireAndShowOnTheMap() {
        var director = signedIn(DemoAccount.DIRECTEUR, "/campus/1/sites");
        var halfCoordinates = director.postForm("/campus/1/sites",
                Map.of("kind", "SITE", "name", "Halle d'essais", "latitude", "49.3"));
        assertThat(halfCoordinates.body()).contains("Donnez la latitude et la longitude, ou aucune des deux.");
        var outOfRange = director.postForm("/campus/1/sites",
                Map.of("kind", "SITE", "name", "Halle d'essais", "latitude", "149.3", "longitude", "6"));
        assertThat(outOfRange.body()).contains("La latitude est comprise entre -90 et 90.");

        assertThat(director.postForm("/campus/1/sites", Map.of("kind", "SITE", "name", "Antenne de Vitry",
                "uai", "0940176F")).statusCode()).isEqualTo(302);
        var located = jdbc.sql("""
                        select s.commune = e.commune_name and s.latitude = e.latitude and s.longitude = e.longitude
                        from campus_site s join establishment e on e.uai = s.uai where s.name = 'Antenne de Vitry'""")
                .query(Boolean.class).single();
        assertThat(located).as("commune and coordinates from the Annuaire").isTrue();
        assertThat(signedIn(DemoAccount.DIRECTEUR_BOIS, "/").postForm("/campus/1/sites",
                Map.of("kind", "SITE", "name", "Intrusion")).statusCode()).isEqualTo(403);

        var publicPage = new WebSession(port).get("/campus/1");
        assertThat(publicPage.body()).contains("Antenne de Vitry").contains("Plateau technique énergie");
        String places = Jsoup.parse(publicPage.body()).select("#places-map").attr("data-places");
        assertThat(places).as("the base map's places, with their coordinates").contains("\"label\":\"Antenne de Vitry\"")
                .contains("\"site\":true");
    }

    @Test
    void aFormReadsIdentifiersAsTheirTypeAndSaysWhatIsWrong() {
        var director = signedIn(DemoAccount.DIRECTEUR, "/campus/1/sites");
        long sites = count("campus_site");
        var wrongLetter = director.postForm("/campus/1/sites", Map.of("kind", "SITE", "name", "Atelier",
                "uai", "0940176G"));
        assertThat(wrongLetter.statusCode()).isEqualTo(200);
        assertThat(wrongLetter.body()).contains("id=\"uai-error\"").contains("Cet UAI est invalide")
                .contains("value=\"0940176G\"");
        assertThat(count("campus_site")).isEqualTo(sites);

        var network = signedIn(DemoAccount.DIRECTEUR, "/campus/1/reseau");
        var badSiret = network.postForm("/campus/1/reseau", Map.of("organisationType", "ENTREPRISE",
                "name", "Entreprise", "siret", "12345678901234"));
        assertThat(badSiret.body()).contains("id=\"siret-error\"").contains("Ce SIRET est invalide");
        var spaced = director.postForm("/campus/1/sites", Map.of("kind", "SITE", "name", "Lycée Doisneau",
                "uai", " 0940176f "));
        assertThat(spaced.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select uai from campus_site where name = 'Lycée Doisneau'").query(String.class).single())
                .isEqualTo("0940176F");
    }

    private WebSession signedIn(DemoAccount account, String page) {
        var session = new WebSession(port);
        session.get("/connexion");
        assertThat(session.signIn(account.email, DemoAccount.PASSWORD).statusCode()).isEqualTo(302);
        session.get(page);
        return session;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action and entity_type = 'campus'")
                .param("action", action).query(Long.class).single();
    }

    @Test
    void aDocumentChangesTheCampusThroughItsVersionSoThatNoEditIsOverwritten() {
        long before = jdbc.sql("select version from campus where id = 1").query(Long.class).single();
        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        director.get("/campus/1/documents");
        assertThat(director.postFormWithFile("/campus/1/documents/logo", Map.of(), "file", "logo.png",
                SampleFiles.png()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select version || ' ' || updated_by from campus where id = 1").query(String.class)
                .single()).isEqualTo((before + 1) + " " + DemoAccount.DIRECTEUR.email);
    }

}
