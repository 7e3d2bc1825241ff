package fr.cmq.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.SharedData;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Imports of the Annuaire de l'éducation through the API, on the real database. */
@IntegrationTest
class AnnuaireImportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noEstablishmentYet() {
        jdbc.sql("truncate establishment, import_run cascade").update();
    }

    @Test
    void importsTheExtractThenChangesNothingWhenImportedAgain() throws IOException {
        JsonNode first = importOk(fixture("annuaire-2026-extrait.csv"));
        assertThat(counts(first)).containsExactly(40, 40, 0, 0, 0);
        assertThat(first.get("checksum").asString()).hasSize(64);

        JsonNode again = importOk(fixture("annuaire-2026-extrait.csv"));
        assertThat(counts(again)).containsExactly(40, 0, 0, 40, 0);
        assertThat(establishments()).isEqualTo(40);
    }

    @Test
    void aTwentyTwentyThreeExportUpdatesInPlace() throws IOException {
        importOk(fixture("annuaire-2026-extrait.csv"));
        JsonNode update = importOk(fixture("annuaire-2023-extrait.csv"));

        assertThat(update.get("created").asInt()).isZero();
        assertThat(update.get("updated").asInt()).as("the 2023 export adds the number of pupils").isEqualTo(40);
        assertThat(establishments()).isEqualTo(40);
        assertThat(jdbc.sql("select name from establishment where uai = '0940176F'").query(String.class).single())
                .isEqualTo("Ecole élémentaire Robert Doisneau (nouveau nom)");
        assertThat(jdbc.sql("select postal_code from establishment where uai = '0940176F'").query(String.class).single())
                .as("found under its 2023 name « Code postal »").isEqualTo("94260");
    }

    @Test
    void accountsForEveryRowOfTheSharedSample() throws IOException {
        JsonNode report = importOk(Files.readAllBytes(SharedData.require("annuaire-education-sample-2026.csv")));
        assertThat(counts(report)).containsExactly(613, 613, 0, 0, 0);
        assertThat(establishments()).isEqualTo(613);
        assertThat(jdbc.sql("select count(distinct academie_code) from establishment").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void finishesAFileWithThousandsOfRefusedLinesAndKeepsEachOne() {
        var file = new StringBuilder("Identifiant_de_l_etablissement;Nom_etablissement;Nom_commune\n");
        for (int i = 0; i < 5_000; i++) {
            file.append("PAS-UN-UAI-").append(i).append(";Établissement ").append(i).append(";Fresnes\n");
        }
        file.append("0940176F;Ecole Robert Doisneau;Fresnes\n");
        JsonNode report = importOk(file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(counts(report)).containsExactly(5_001, 1, 0, 0, 5_000);
        long run = report.get("id").asLong();
        assertThat(jdbc.sql("select count(*) from import_rejection where run_id = :run").param("run", run)
                .query(Long.class).single()).isEqualTo(5_000);
        assertThat(jdbc.sql("select min(line) || '-' || max(line) from import_rejection where run_id = :run")
                .param("run", run).query(String.class).single()).isEqualTo("2-5001");
        assertThat(jdbc.sql("select status from import_run where id = :run").param("run", run).query(String.class)
                .single()).isEqualTo("TERMINE");
        assertThat(establishments()).isEqualTo(1);
    }

    @Test
    void refusesTheLinesItCannotReadAndAppliesTheOthers() throws IOException {
        String header = "Identifiant_de_l_etablissement;Nom_etablissement;Nom_commune;latitude;Voie_professionnelle\n";
        String file = header
                + "0940176F;Ecole Robert Doisneau;Fresnes;48.75;0\n"
                + "0940176G;Mauvaise lettre;Fresnes;48.75;0\n"
                + "0540042C;;Metz;49.1;1\n"
                + "0940177G;Latitude impossible;Fresnes;123;0\n"
                + "0940178H;Drapeau bizarre;Fresnes;48.7;peut-être\n"
                + "0940179J;Première version;Fresnes;48.7;0\n"
                + "0940179J;Seconde version;Fresnes;48.7;0\n";
        JsonNode report = importOk(file.getBytes(StandardCharsets.UTF_8));

        assertThat(counts(report)).containsExactly(7, 2, 0, 0, 5);
        assertThat(reasons(report)).containsExactly(
                "3: UAI « 0940176G » invalide : la lettre de contrôle devrait être F",
                "4: colonne « Nom_etablissement » vide",
                "5: latitude « 123 » hors des bornes (-90.0 à 90.0)",
                "6: valeur « peut-être » inattendue pour Voie_professionnelle (1 ou 0)",
                "7: UAI en double : la ligne 8 le remplace");
        assertThat(jdbc.sql("select name from establishment where uai = '0940179J'").query(String.class).single())
                .isEqualTo("Seconde version");
    }

    @Test
    void refusesALineOfTenMegabytesWithoutLosingTheOthers() throws IOException {
        String file = "Identifiant_de_l_etablissement;Nom_etablissement\n"
                + "0940176F;Ecole Robert Doisneau\n"
                + "0540042C;" + "x".repeat(10 * 1024 * 1024) + "\n"
                + "0940179J;Ecole suivante\n";
        JsonNode report = importOk(file.getBytes(StandardCharsets.UTF_8));
        assertThat(counts(report)).containsExactly(3, 2, 0, 0, 1);
        assertThat(reasons(report)).singleElement().asString().startsWith("3: ligne trop longue");
    }

    @Test
    void refusesWholeFilesItCannotReadAndChangesNothing() throws IOException {
        importOk(fixture("annuaire-2026-extrait.csv"));
        byte[] latin1 = ("Identifiant_de_l_etablissement;Nom_etablissement\n0940176F;Ecole élémentaire\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] openQuote = ("Identifiant_de_l_etablissement;Nom_etablissement\n0940176F;\"Ecole renommée\n"
                + "0540042C;Lycée\n").getBytes(StandardCharsets.UTF_8);

        assertRefused(latin1, "n'est pas encodé en UTF-8");
        assertRefused("code;nom\n0940176F;Ecole\n".getBytes(StandardCharsets.UTF_8),
                "Colonnes obligatoires absentes : Identifiant_de_l_etablissement, Nom_etablissement");
        assertRefused(new byte[0], "Le fichier est vide.");
        assertRefused(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 }, "n'est pas un fichier texte CSV");
        assertRefused(openQuote, "guillemet ouvert n'est jamais refermé");

        assertThat(establishments()).isEqualTo(40);
        assertThat(jdbc.sql("select name from establishment where uai = '0940176F'").query(String.class).single())
                .isEqualTo("Ecole élémentaire Robert Doisneau");
        assertThat(jdbc.sql("select count(*) from import_run where status = 'ECHEC'").query(Integer.class).single())
                .isEqualTo(5);
    }

    @Test
    void onlyTheNationalAdministratorImports() {
        for (var account : List.of(DemoAccount.DIRECTEUR, DemoAccount.PILOTE_ACADEMIQUE, DemoAccount.EXPERT)) {
            var response = new WebSession(port).postFileWithBasic("/api/v1/imports/annuaire", "a.csv",
                    "Identifiant_de_l_etablissement;Nom_etablissement\n".getBytes(StandardCharsets.UTF_8),
                    account.email, DemoAccount.PASSWORD);
            assertThat(response.statusCode()).as(account.name()).isEqualTo(403);
        }
        var unknownKind = new WebSession(port).postFileWithBasic("/api/v1/imports/inconnu", "a.csv", new byte[] { 'a' },
                DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        assertThat(unknownKind.statusCode()).isEqualTo(404);
        assertThat(establishments()).isZero();
    }

    private void assertRefused(byte[] content, String reason) {
        var response = new WebSession(port).postFileWithBasic("/api/v1/imports/annuaire", "refuse.csv", content,
                DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        assertThat(response.statusCode()).as(reason).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(reason);
    }

    private JsonNode importOk(byte[] content) {
        var response = new WebSession(port).postFileWithBasic("/api/v1/imports/annuaire", "annuaire.csv", content,
                DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("status").asString()).isEqualTo("TERMINE");
        return report;
    }

    private static List<Integer> counts(JsonNode report) {
        return List.of(report.get("read").asInt(), report.get("created").asInt(), report.get("updated").asInt(),
                report.get("unchanged").asInt(), report.get("rejected").asInt());
    }

    private static List<String> reasons(JsonNode report) {
        return report.get("rejections").valueStream()
                .map(rejection -> rejection.get("line").asInt() + ": " + rejection.get("reason").asString())
                .toList();
    }

    private int establishments() {
        return jdbc.sql("select count(*) from establishment").query(Integer.class).single();
    }

    static byte[] fixture(String name) throws IOException {
        try (var in = AnnuaireImportIT.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

}
