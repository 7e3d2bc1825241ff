package fr.cmq.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * Each workspace task leads to the page where it is done and says a past date as past: the director manages every
 * part of its campus from its home and follows its complete dossier to the chef's signature; a lapsed label in
 * renewal is not "arriving" at its end; a lapsed label without renewal is said ended.
 */
@IntegrationTest
class WorkspaceTasksIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LabelDossiers dossiers;

    @Test
    void theDirectorsHomeLeadsToEveryPartOfItsCampusAndToItsDossier() {
        String home = WebSession.signedIn(port, DemoAccount.DIRECTEUR).get("/espace").body();
        for (String part : new String[] {"/plan", "/tableau-de-bord", "/budget", "/offre", "/evenements"}) {
            assertThat(home).contains("href=\"/campus/1" + part + "\"");
        }
        assertThat(home).contains("href=\"/dossiers\"").as("the support is its head of network")
                .doesNotContain("Désigner l'établissement support");
        assertThat(new WebSession(port).get("/campus/1").body()).containsPattern(
                "id=\"support\">Lycée des métiers de l(&#39;|')énergie et de la maintenance, tête de réseau");

        long campaign = dossiers.campaigns().stream().filter(Campaign::open).findFirst().orElseThrow().id();
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        director.get("/campus/1/dossiers/nouveau");
        director.postForm("/campus/1/dossiers", Map.of("campaignId", String.valueOf(campaign), "kind", "RENOUVELLEMENT"));
        long dossier = jdbc.sql("select id from dossier where campus_id = 1 and state = 'BROUILLON'")
                .query(Long.class).single();
        jdbc.sql("""
                insert into dossier_answer (dossier_id, criterion_code, text, updated_by)
                select d.id, g.code, 'Réponse complète', 'do.energie@cmq.test'
                from dossier d join campaign c on c.id = d.campaign_id join grid_criterion g on g.grid_id = c.grid_id
                where d.id = :id
                on conflict (dossier_id, criterion_code) do update set text = excluded.text""")
                .param("id", dossier).update();
        assertThat(director.get("/espace").body())
                .contains("est complet : faites-le signer et déposer par le chef d’établissement support")
                .contains("href=\"/dossiers/" + dossier + "\"");
    }

    @Test
    void pilotsAndExpertsFindTheirQualityTasks() {
        String pilot = WebSession.signedIn(port, DemoAccount.PILOTE_REGIONAL).get("/espace").body();
        assertThat(pilot).as("past the middle of its label (2022–2027), at level 1")
                .contains("Le campus Énergie et maintenance a passé la moitié de son label au niveau 1 de maturité")
                .contains("href=\"/campus/1/maturite\"");
        assertThat(WebSession.signedIn(port, DemoAccount.PILOTE_ACADEMIQUE).get("/espace").body())
                .contains("Énergie et maintenance a passé la moitié de son label");
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS).get("/espace").body())
                .doesNotContain("a passé la moitié de son label");
    }

    @Test
    void aLabelInRenewalIsNotArrivingAndAnEndedOneIsSaidEnded() {
        String before = WebSession.signedIn(port, DemoAccount.PILOTE_REGIONAL).get("/espace").body();
        assertThat(before).as("a lapsed label whose renewal is under way")
                .doesNotContain("Le label du campus Matériaux composites et plastiques arrive à échéance");

        jdbc.sql("update campus set status = 'LABELLISE', label_end = date '2026-08-31' where id = 1").update();
        String after = WebSession.signedIn(port, DemoAccount.PILOTE_REGIONAL).get("/espace").body();
        assertThat(after).contains("Le label du campus Énergie et maintenance a pris fin le 31/08/2026")
                .doesNotContain("Énergie et maintenance arrive à échéance le 31/08/2026");
        assertThat(WebSession.signedIn(port, DemoAccount.DIRECTEUR).get("/espace").body())
                .as("the team is led to open the renewal").contains("href=\"/campus/1/dossiers/nouveau\"");
    }
}
