package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * The list of dossiers by territory, filière and lateness, and the administration's acts on a selection of the
 * demonstration's dossiers: all of it done, or none of it with why.
 */
@IntegrationTest
class DossierBatchIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebSession admin;

    @BeforeEach
    void signIn() {
        admin = new WebSession(port);
        admin.signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        admin.get("/dossiers");
    }

    @Test
    void theListIsFilteredByTerritoryFiliereAndLateness() {
        String grandEst = admin.get("/dossiers?region=44").body();
        assertThat(grandEst).contains("Matériaux composites").doesNotContain("CosmetoPharma");
        assertThat(admin.get("/dossiers?academie=" + academieOf("CosmetoPharma")).body()).contains("CosmetoPharma")
                .doesNotContain("Matériaux composites");
        assertThat(admin.get("/dossiers?filiere=" + filiereOf("Aéronautique")).body()).contains("Aéronautique et spatial");
        assertThat(admin.get("/dossiers?retard=true").body()).contains("Aucun dossier ne correspond");

        jdbc.sql("update campaign set review_deadline = current_date - 1, avis_deadline = current_date - 2,"
                + " deposit_deadline = current_date - 3, opens_on = current_date - 30"
                + " where decision_date > current_date").update();
        String late = admin.get("/dossiers?retard=true").body();
        assertThat(late).contains("Transformation numérique", "Patrimoines", "CosmetoPharma", "Bois", "En retard")
                .as("decided, withdrawn: behind nothing").doesNotContain("Logistique portuaire", "Industrie du futur");
        assertThat(admin.get("/dossiers?region=%27%3B--&academie=%3Cb%3E&filiere=x").statusCode()).isEqualTo(200);
        assertThat(admin.get("/dossiers?etat=PERDU").statusCode()).isEqualTo(400);

        var pilot = new WebSession(port);
        pilot.signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        assertThat(pilot.get("/dossiers?region=" + regionOf("CosmetoPharma")).body())
                .as("another région's filter shows nothing of it").doesNotContain("CosmetoPharma")
                .doesNotContain("Agir sur les dossiers cochés");
    }

    @Test
    void expertsAreAssignedToEverySelectedDossierOrToNone() {
        long cosmeto = dossierOf("CosmetoPharma");
        long bois = dossierOf("Bois");
        long expert = jdbc.sql("select id from expert where email = 'expert@cmq.test'").query(Long.class).single();

        var refused = act("EXPERTS", List.of(cosmeto, bois), Map.entry("experts", String.valueOf(expert)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Rien n’est enregistré").contains("Bois");
        assertThat(refused.body()).as("the selection is kept").containsPattern("id=\"select-" + cosmeto + "\"[^>]*checked");
        assertThat(assignments(cosmeto)).isZero();

        var none = act("EXPERTS", List.of(cosmeto));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Cochez au moins un expert");

        long transNum = dossierOf("Transformation numérique");
        var done = act("EXPERTS", List.of(cosmeto, transNum), Map.entry("experts", String.valueOf(expert)));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(admin.get(done.headers().firstValue("Location").orElseThrow()).body())
                .contains("Experts désignés sur 2 dossiers");
        assertThat(assignments(cosmeto)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'AFFECTATION_EXPERT' and entity_id = :id")
                .param("id", String.valueOf(cosmeto)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void lateExpertsAreRemindedOnEachDossierThatHasSome() {
        long transNum = dossierOf("Transformation numérique");
        long aero = dossierOf("Aéronautique");
        var done = act("RELANCE", List.of(transNum, aero));
        assertThat(done.statusCode()).isEqualTo(302);
        String page = admin.get(done.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("experts relancés").contains("Ces dossiers n’ont pas été relancés")
                .contains("Aéronautique et spatial");
        assertThat(jdbc.sql("select count(*) from expert_assignment where dossier_id = :id and last_reminded_at"
                + " is not null").param("id", transNum).query(Integer.class).single()).isPositive();
    }

    @Test
    void oneArreteDecidesEverySelectedDossierOrNone() {
        long transNum = dossierOf("Transformation numérique");
        long aero = dossierOf("Aéronautique");
        var arrete = List.of(Map.entry("granted", "true"), Map.entry("category", "CMQ"),
                Map.entry("durationYears", "5"), Map.entry("startDate", "2027-09-01"),
                Map.entry("decidedOn", LocalDate.now().toString()), Map.entry("ministries", "Éducation nationale"));

        var refused = act("ARRETE", List.of(aero, transNum), with(arrete, Map.entry("nor", "MENE2611111A")));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Transformation numérique").contains("value=\"MENE2611111A\"");
        assertThat(state(aero)).as("nothing decided").isEqualTo("EN_EXPERTISE");

        var badNor = act("ARRETE", List.of(aero), with(arrete, Map.entry("nor", "12")));
        assertThat(badNor.statusCode()).isEqualTo(400);
        assertThat(badNor.body()).contains("id=\"nor-error\"");

        var done = act("ARRETE", List.of(aero), with(arrete, Map.entry("nor", "MENE2611111A")));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(state(aero)).isEqualTo("DECIDE");

        var pilot = new WebSession(port);
        pilot.signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        pilot.get("/dossiers");
        assertThat(pilot.postForm("/dossiers/lot", List.of(Map.entry("action", "RELANCE"),
                Map.entry("dossiers", String.valueOf(transNum)))).statusCode()).isEqualTo(403);
    }

    @SafeVarargs
    private HttpResponse<String> act(String action, List<Long> dossiers, Map.Entry<String, String>... more) {
        return act(action, dossiers, List.of(more));
    }

    private HttpResponse<String> act(String action, List<Long> dossiers, List<Map.Entry<String, String>> more) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        fields.add(Map.entry("action", action));
        dossiers.forEach(id -> fields.add(Map.entry("dossiers", String.valueOf(id))));
        fields.addAll(more);
        return admin.postForm("/dossiers/lot", fields);
    }

    @SafeVarargs
    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields,
            Map.Entry<String, String>... more) {
        var all = new ArrayList<>(fields);
        all.addAll(List.of(more));
        return all;
    }

    private long dossierOf(String campus) {
        return jdbc.sql("select d.id from dossier d join campus c on c.id = d.campus_id"
                        + " join campaign ca on ca.id = d.campaign_id where c.name like :name"
                        + " and ca.decision_date > current_date")
                .param("name", campus + "%").query(Long.class).single();
    }

    private String state(long dossier) {
        return jdbc.sql("select state from dossier where id = :id").param("id", dossier).query(String.class).single();
    }

    private int assignments(long dossier) {
        return jdbc.sql("select count(*) from expert_assignment where dossier_id = :id").param("id", dossier)
                .query(Integer.class).single();
    }

    private String regionOf(String campus) {
        return jdbc.sql("select region_code from campus where name like :name").param("name", campus + "%")
                .query(String.class).single();
    }

    private String academieOf(String campus) {
        return jdbc.sql("select min(x.academie_code) from campus_academie x join campus c on c.id = x.campus_id"
                + " where c.name like :name").param("name", campus + "%").query(String.class).single();
    }

    private String filiereOf(String campus) {
        return jdbc.sql("select filiere_code from campus where name like :name").param("name", campus + "%")
                .query(String.class).single();
    }
}
