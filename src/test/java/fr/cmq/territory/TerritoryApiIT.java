package fr.cmq.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reference territories as open data: the whole of France, overseas included, each with what it belongs to. */
@IntegrationTest
class TerritoryApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void listsTheRegionsByName() {
        JsonNode regions = read("/api/v1/territories/regions");
        assertThat(regions).hasSize(18);
        assertThat(regions.valueStream().map(region -> region.get("code").asString() + " " + region.get("name").asString()))
                .contains("44 Grand Est", "24 Centre-Val de Loire", "04 La Réunion");
    }

    @Test
    void listsTheAcademiesWithTheirRegion() {
        JsonNode academies = read("/api/v1/territories/academies");
        assertThat(academies.valueStream().filter(academie -> academie.get("code").asString().equals("12")))
                .singleElement().satisfies(nancyMetz -> {
                    assertThat(nancyMetz.get("name").asString()).isEqualTo("Nancy-Metz");
                    assertThat(nancyMetz.get("regionCode").asString()).isEqualTo("44");
                });
        assertThat(academies.valueStream().filter(academie -> academie.get("regionCode").isNull()))
                .as("the vice-rectorats of the collectivités d'outre-mer have no région").isNotEmpty();
    }

    @Test
    void listsTheDepartementsWithTheAnnuaireCodes() {
        JsonNode departements = read("/api/v1/territories/departements");
        assertThat(departements).hasSize(107);
        assertThat(departements.valueStream().map(departement -> departement.get("code").asString()))
                .contains("094", "02A", "971", "057");
    }

    private JsonNode read(String path) {
        var response = new WebSession(port).json("GET", path, "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }
}
