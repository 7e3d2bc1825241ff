package fr.cmq.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

@IntegrationTest
class CertificationAndCompanyImportIT {


    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("truncate certification, company, import_run cascade").update();
    }

    @Test
    void importsOnisepCertificationsWithTheirLevelInTheNomenclatureOf2019() throws IOException {
        JsonNode report = importFile("onisep", AnnuaireImportIT.fixture("onisep-extrait.csv"));
        assertThat(report.get("read").asInt()).isEqualTo(27);
        assertThat(report.get("created").asInt()).isEqualTo(27);

        assertThat(jdbc.sql("select level from certification where onisep_id = 'FOR.6913'").query(Integer.class).single())
                .as("« niveau RNCP » 3 is the old numbering of level 5").isEqualTo(5);
        assertThat(jdbc.sql("select rncp_code from certification where onisep_id = 'FOR.6913'").query(String.class).single())
                .isEqualTo("RNCP7426");
        assertThat(jdbc.sql("select count(*) from certification where level = 8").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from certification where level is null and not rncp_registered")
                .query(Integer.class).single()).isPositive();

        JsonNode again = importFile("onisep", AnnuaireImportIT.fixture("onisep-extrait.csv"));
        assertThat(again.get("unchanged").asInt()).isEqualTo(27);
    }

    @Test
    void accountsForEveryRowOfTheSharedOnisepFile() throws IOException {
        JsonNode report = importFile("onisep", Files.readAllBytes(SharedData.require("onisep-formations-initiales.csv")));
        assertThat(report.get("read").asInt()).isEqualTo(6086);
        assertThat(report.get("created").asInt()).isEqualTo(6086);
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from certification").query(Integer.class).single()).isEqualTo(6086);
    }

    @Test
    void importsCompaniesBySiretAndRefusesAWrongKey() throws IOException {
        JsonNode report = importFile("entreprises", AnnuaireImportIT.fixture("entreprises.csv"));
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("rejections").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(report.get("rejections").get(0).get("reason").asString())
                .isEqualTo("SIRET « 21940034800196 » invalide : la clé de contrôle ne correspond pas");
        assertThat(jdbc.sql("select name from company where siret = '21940034800195'").query(String.class).single())
                .isEqualTo("Commune de Fresnes");
        assertThat(jdbc.sql("select count(*) from company where siret = '35600000049837'").query(Integer.class).single())
                .as("La Poste's exception").isEqualTo(1);
    }

    private JsonNode importFile(String kind, byte[] content) {
        var response = new WebSession(port).postFileWithBasic("/api/v1/imports/" + kind, kind + ".csv", content,
                DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
