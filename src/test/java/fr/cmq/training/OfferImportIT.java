package fr.cmq.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import of a network's offer through the shared import engine. Member 3 of campus 1 (its CFA, in Yutz) is given a
 * UAI of the annuaire's extract for the file to name it.
 */
@IntegrationTest
class OfferImportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/api/v1/campuses/1/formations/import";
    private static final String HEADER = "uai;certification;statuts;places_scolaire;places_apprentissage;"
            + "places_formation_continue;duree;rentrees;admission;handicap\n";
    private static final String OFFER = HEADER
            + "0940176F;FOR.7013;apprentissage;;12;;2 ans;Septembre;contrat;oui\n"
            + "0940176f;RNCP35698;scolaire, apprentissage;15;6;;3 ans;Septembre;Affelnet;non\n"
            + "0940177G;FOR.7013;apprentissage;;;;;;;\n"
            + "0940176F;FOR.0;scolaire;;;;;;;\n"
            + "0940176F;FOR.6713;alternance;;;;;;;\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCfaHasAUai() {
        jdbc.sql("update campus_member set uai = '0940176F' where id = 3").update();
    }

    @Test
    void eachRefusedLineIsReportedAndTheOthersApplied() {
        long before = formationsOfTheCfa();
        JsonNode report = importAs(DemoAccount.DIRECTEUR, OFFER, 200);
        assertThat(report.get("run").get("read").asInt()).isEqualTo(5);
        assertThat(report.get("run").get("created").asInt()).isEqualTo(2);
        assertThat(report.get("run").get("rejected").asInt()).isEqualTo(3);
        assertThat(report.get("rejections").findValuesAsString("reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("0940177G").contains("aucun membre"),
                reason -> assertThat(reason).contains("FOR.0").contains("inconnue"),
                reason -> assertThat(reason).contains("alternance"));
        assertThat(report.get("rejections").findValuesAsString("line")).containsExactly("4", "5", "6");
        assertThat(formationsOfTheCfa()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select title from formation where member_id = 3 and import_key like '%FOR.7013'")
                .query(String.class).single()).isEqualTo("CAP Interventions en maintenance technique des bâtiments");

        JsonNode again = importAs(DemoAccount.CHEF_ETABLISSEMENT, OFFER, 200);
        assertThat(again.get("run").get("created").asInt()).isZero();
        assertThat(again.get("run").get("unchanged").asInt()).isEqualTo(2);

        JsonNode changed = importAs(DemoAccount.DIRECTEUR, OFFER.replace(";;12;;2 ans", ";;14;;2 ans"), 200);
        assertThat(changed.get("run").get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select apprentissage_capacity from formation where member_id = 3"
                + " and import_key like '%FOR.7013'").query(Integer.class).single()).isEqualTo(14);
        assertThat(formationsOfTheCfa()).isEqualTo(before + 2);
        assertThat(new WebSession(port).json("GET", "/api/v1/formations?q=interventions+maintenance&size=100", "")
                .body()).contains("CFA de l'industrie de Moselle");
    }

    @Test
    void onlyTheCampusTeamImportsAndAFileThatIsNoCsvIsRefusedWhole() {
        for (var refused : new DemoAccount[] { DemoAccount.DIRECTEUR_BOIS, DemoAccount.CONTACT_MEMBRE,
                DemoAccount.PILOTE_ACADEMIQUE, DemoAccount.EXPERT }) {
            importAs(refused, OFFER, 403);
        }
        long before = formationsOfTheCfa();
        var binary = new WebSession(port).postFileWithBasic(PATH, "offre.csv", new byte[] { 'u', 0, 1, 2 },
                DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(binary.statusCode()).isEqualTo(422);
        importAs(DemoAccount.DIRECTEUR, "nom;ville\nLycée;Metz\n", 422);
        assertThat(formationsOfTheCfa()).isEqualTo(before);
    }

    private long formationsOfTheCfa() {
        return jdbc.sql("select count(*) from formation where member_id = 3").query(Long.class).single();
    }

    private JsonNode importAs(DemoAccount account, String csv, int status) {
        var response = new WebSession(port).postFileWithBasic(PATH, "offre.csv", csv.getBytes(StandardCharsets.UTF_8),
                account.email, DemoAccount.PASSWORD);
        assertThat(response.statusCode()).as(account + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
