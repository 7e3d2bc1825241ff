package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

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
 * An expert assigned to a dossier reads its criteria, and nothing else of it, until it has declared no conflict of
 * interest with the campus — not the answers, the signatures, the avis, the timeline, on the page, in the PDF, by the
 * API or in the export — and is told why.
 */
@IntegrationTest
class SealedDossierIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anExpertReadsNothingButTheCriteriaBeforeDeclaringNoConflict() {
        long dossier = jdbc.sql("""
                select a.dossier_id from expert_assignment a join expert e on e.id = a.expert_id
                join dossier d on d.id = a.dossier_id
                where e.email = :email and d.signed_by is not null order by a.dossier_id limit 1""")
                .param("email", DemoAccount.EXPERT.email).query(Long.class).single();
        jdbc.sql("update expert_assignment a set no_conflict_declared_at = null, report = null, submitted_at = null"
                        + " from expert e where e.id = a.expert_id and e.email = :email and a.dossier_id = :dossier")
                .param("email", DemoAccount.EXPERT.email).param("dossier", dossier).update();
        var expert = new WebSession(port);
        expert.signIn(DemoAccount.EXPERT.email, DemoAccount.PASSWORD);

        JsonNode seen = JSON.readTree(expert.getWithBasic("/api/v1/dossiers/" + dossier, DemoAccount.EXPERT.email,
                DemoAccount.PASSWORD).body());
        assertThat(seen.get("sealed").asBoolean()).isTrue();
        assertThat(seen.get("signedBy").isNull()).isTrue();
        assertThat(seen.get("opinions")).isEmpty();
        assertThat(seen.get("timeline")).isEmpty();
        assertThat(seen.get("answers")).isNotEmpty().allSatisfy(answer -> assertThat(answer.get("text").isNull()).isTrue());

        String page = expert.get("/dossiers/" + dossier).body();
        assertThat(page).contains("id=\"sealed\"").doesNotContain("id=\"timeline\"").doesNotContain("Avis favorable");
        assertThat(page.indexOf("id=\"sealed\"")).as("told at the top, before the criteria")
                .isPositive().isLessThan(page.indexOf("id=\"answers-title\""));
        assertThat(page).contains("href=\"#declare\"").contains("id=\"declare\"")
                .doesNotContain("Aucun critère renseigné").doesNotContain("À renseigner");
        assertThat(expert.download("/dossiers/" + dossier + "/pdf").statusCode()).isEqualTo(200);
        assertThat(expert.get("/dossiers/export?format=csv").body()).as("not in the export")
                .doesNotContain(jdbc.sql("select c.name from campus c join dossier d on d.campus_id = c.id where d.id = :id")
                        .param("id", dossier).query(String.class).single());

        var director = JSON.readTree(new WebSession(port).getWithBasic("/api/v1/dossiers/" + dossier,
                DemoAccount.ADMIN.email, DemoAccount.PASSWORD).body());
        assertThat(director.get("sealed").asBoolean()).isFalse();
        assertThat(director.get("timeline")).isNotEmpty();
    }
}
