package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.Scenario;

import fr.cmq.campus.CampusDocuments;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.NewCampuses;
import fr.cmq.campus.NewMember;
import fr.cmq.campus.OrganisationType;
import fr.cmq.evaluation.Maturity.RuleResult;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.SampleFiles;
import fr.cmq.shared.test.WebSession;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.CampusPlan;
import fr.cmq.steering.DiagnosticDetails;
import fr.cmq.steering.ObjectiveDetails;

/**
 * A campus's maturity follows its facts through the events of the modules that keep them: made, it has no level; its
 * diagnostic, first objective and members take it to level 1; a convention and a measure of this year are seen as
 * soon as they are recorded; each level reached stays in its history.
 */
@IntegrationTest
class MaturityIT {

    @Autowired
    CampusRegistry registry;
    @Autowired
    CampusPlan plan;
    @Autowired
    CampusDocuments documents;
    @Autowired
    CampusIndicators indicators;
    @Autowired
    CampusMaturity maturity;
    @LocalServerPort
    int port;

    @Test
    void theLevelFollowsTheFactsAsTheyAreRecorded(Scenario scenario) {
        long campus = new NewCampuses(registry).campus("maturité");
        var director = UserMother.director(campus);
        scenario.stimulate(() -> { })
                .andWaitForStateChange(() -> maturity.of(campus), found -> found.isPresent())
                .andVerify(found -> assertThat(found.orElseThrow().level()).isZero());

        scenario.stimulate(() -> {
            plan.describeDiagnostic(director, campus, 0, new DiagnosticDetails("Besoins en maintenance industrielle",
                    LocalDate.now().minusMonths(2), "Observatoire régional"), null);
            plan.addObjective(director, campus, new ObjectiveDetails("Former aux métiers de la maintenance", null,
                    List.of(), null, null));
            registry.addMember(director, campus, member("Fensch Énergie Services"));
            registry.addMember(director, campus, member("Maintenance Lorraine"));
        }).andWaitForStateChange(() -> level(campus), level -> level == 1).andVerify(level -> {
            var reached = maturity.of(campus).orElseThrow();
            assertThat(reached.history()).extracting(Maturity.Step::level).containsExactly(1, 0);
            assertThat(reached.missingForNext()).extracting(RuleResult::rule).contains("ConventionSigned",
                    "SelfAssessmentDefined");
        });

        scenario.stimulate(() -> documents.attachConvention(director, campus,
                        new Upload("convention.pdf", new ByteArrayInputStream(SampleFiles.PDF))))
                .andWaitForStateChange(() -> met(campus, "ConventionSigned"), met -> met)
                .andVerify(met -> assertThat(level(campus)).as("level 2 asks more than a convention").isEqualTo(1));

        scenario.stimulate(() -> {
            indicators.follow(director, campus, "EVENEMENTS");
            indicators.follow(director, campus, "APPRENTIS");
            indicators.record(director, campus, "APPRENTIS", LocalDate.now(), BigDecimal.valueOf(140), null);
        }).andWaitForStateChange(() -> met(campus, "DashboardKept"), met -> met).andVerify(met -> {
            var session = new WebSession(port);
            var api = session.getWithBasic("/api/v1/campuses/" + campus + "/maturity", DemoAccount.DIRECTEUR.email,
                    DemoAccount.PASSWORD);
            assertThat(api.statusCode()).as("another campus's team").isEqualTo(403);
        });
    }

    @Test
    void theTeamReadsItsLevelWithTheReasonsAndWhatTheNextOneLacks() {
        var session = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        long campus = 1;
        String page = session.get("/campus/" + campus + "/maturite").body();
        assertThat(page).contains("Maturité du campus").contains("Les règles, niveau par niveau")
                .contains("Historique des niveaux");
        var api = new WebSession(port).getWithBasic("/api/v1/campuses/" + campus + "/maturity",
                DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"level\":").contains("\"missing\":[").contains("\"history\":[");
        assertThat(new WebSession(port).get("/campus/" + campus + "/maturite").statusCode()).isIn(302, 401);
    }

    @Test
    void aLevelTheCampusPublishesIsReadByAnyoneAndItsPublicPageFollowsAtOnce() {
        var visitor = new WebSession(port);
        assertThat(visitor.get("/api/v1/campuses/1/maturity").statusCode()).as("not published").isEqualTo(401);
        assertThat(visitor.get("/campus/1").body()).doesNotContain("id=\"maturity-public\"");
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        assertThat(director.get("/campus/1/maturite").body()).contains("n&#39;est pas affiché sur la page publique");
        var otherCampus = WebSession.signedIn(port, DemoAccount.DIRECTEUR_BOIS);
        otherCampus.get("/campus/2/maturite");
        assertThat(otherCampus.postForm("/campus/1/maturite/publication", java.util.Map.of("published", "true"))
                .statusCode()).isEqualTo(403);
        director.postForm("/campus/1/maturite/publication", java.util.Map.of("published", "true"));

        var published = visitor.get("/api/v1/campuses/1/maturity");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("\"level\":1");
        assertThat(visitor.get("/campus/1").body()).as("the kept page forgotten")
                .contains("Niveau de maturité : 1 sur 4");
        director.get("/campus/1/maturite");
        director.postForm("/campus/1/maturite/publication", java.util.Map.of("published", "false"));
        assertThat(visitor.get("/campus/1").body()).doesNotContain("Niveau de maturité : 1 sur 4");
        assertThat(visitor.get("/api/v1/campuses/1/maturity").statusCode()).isEqualTo(401);
    }

    private int level(long campus) {
        return maturity.of(campus).map(Maturity::level).orElse(-1);
    }

    private boolean met(long campus, String rule) {
        return maturity.of(campus).map(found -> found.rules().stream()
                .anyMatch(result -> result.rule().equals(rule) && result.met())).orElse(false);
    }

    private static NewMember member(String name) {
        return new NewMember(OrganisationType.ENTREPRISE, NetworkRole.MEMBRE, null, null, name, "Thionville", null,
                null, false, LocalDate.now().minusDays(1), null, null, null);
    }
}
