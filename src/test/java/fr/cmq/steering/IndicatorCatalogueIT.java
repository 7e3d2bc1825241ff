package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national catalogue loaded from a file by the national administrator, and a campus's tableau de bord published
 * on its public page.
 */
@IntegrationTest
class IndicatorCatalogueIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CATALOGUE = """
            code;libellé;unité;sens;mesure
            DECROCHAGE;Jeunes en décrochage raccompagnés vers une formation;jeunes;hausse;Suivi de la plateforme PSAD
            ABANDONS_APPRENTISSAGE;Ruptures de contrat d'apprentissage;ruptures;baisse;
            STAGIAIRES_FC;Stagiaires de la formation continue;stagiaires;;Entrées de l'année civile
            MEMBRES;Membres du réseau;membres;hausse;Compté par la plateforme
            x;Trop court;unités;hausse;
            SORTIES;Sorties positives;jeunes;peut-être;
            VIDE;;jeunes;hausse;
            """;

    @LocalServerPort
    int port;

    @Test
    void theNationalAdministratorLoadsTheCatalogueAndEachRefusedLineSaysWhy() {
        var refused = new WebSession(port).postFileWithBasic("/api/v1/imports/indicateurs", "indicateurs.csv",
                CATALOGUE.getBytes(StandardCharsets.UTF_8), DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(403);

        var response = new WebSession(port).postFileWithBasic("/api/v1/imports/indicateurs", "indicateurs.csv",
                CATALOGUE.getBytes(StandardCharsets.UTF_8), DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.get("rejections")).extracting(r -> r.get("line").asInt()).containsExactly(6, 7, 8);
        assertThat(report.get("rejections").toString()).contains("2 à 40 lettres").contains("« peut-être »")
                .contains("libelle");

        JsonNode catalogue = JSON.readTree(new WebSession(port).get("/api/v1/indicators").body());
        var byCode = new java.util.HashMap<String, JsonNode>();
        catalogue.forEach(indicator -> byCode.put(indicator.get("code").asString(), indicator));
        assertThat(byCode.get("ABANDONS_APPRENTISSAGE").get("higherIsBetter").asBoolean()).isFalse();
        assertThat(byCode.get("DECROCHAGE").get("unit").asString()).isEqualTo("jeunes");
        assertThat(byCode.get("STAGIAIRES_FC").get("method").asString()).isEqualTo("Entrées de l'année civile");
        assertThat(byCode.get("MEMBRES").get("computed").asString()).as("still counted by the platform")
                .isEqualTo("MEMBRES");
        assertThat(byCode).doesNotContainKeys("X", "SORTIES", "VIDE");
    }

    @Test
    void theTeamPublishesASummaryOfItsTableauDeBordOnTheCampusPage() {
        assertThat(new WebSession(port).get("/campus/1").body()).doesNotContain("id=\"public-dashboard\"");

        var pilot = new WebSession(port);
        pilot.signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        pilot.get("/campus/1/tableau-de-bord");
        assertThat(pilot.postForm("/campus/1/tableau-de-bord/publication", Map.of("published", "true")).statusCode())
                .isEqualTo(403);

        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        director.get("/campus/1/tableau-de-bord");
        assertThat(director.postForm("/campus/1/tableau-de-bord/publication", Map.of("published", "true")).statusCode())
                .isEqualTo(302);
        String page = new WebSession(port).get("/campus/1").body();
        assertThat(page).contains("id=\"public-dashboard\"").contains("Apprentis formés par le réseau")
                .contains("Taux d&#39;insertion à 6 mois");

        director.get("/campus/1/tableau-de-bord");
        director.postForm("/campus/1/tableau-de-bord/publication", Map.of("published", "false"));
        assertThat(new WebSession(port).get("/campus/1").body()).doesNotContain("id=\"public-dashboard\"");
    }
}
