package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

/**
 * The demonstration's evaluated campus read by its regional pilot: the self and the external evaluation side by side,
 * a chart with its table, the gaps marked, the recommendations and their actions; then a learner answers the network's
 * questionnaire of another campus on a small phone, without an account. Each page passes the accessibility checks.
 */
class ExternalEvaluationBrowserTest extends BrowserTestSupport {

    private static final Pattern QUESTIONNAIRE = Pattern.compile("/questionnaires/[A-Za-z0-9_-]+");

    @Test
    void thePilotReadsTheComparisonOfTheEvaluatedCampus() {
        signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        open("/campus/3/auto-evaluation");
        followFrom(find("#assessments a"));
        assertThat(find("#external-state").getText()).isEqualToIgnoringCase("Publiée");
        checkAccessibility("auto-evaluation-evaluee");
        followFrom(find("#compare-link"));
        assertThat(find("h1").getText()).contains("Matériaux composites et plastiques");
        assertThat(find("#comparison-domains").getText()).contains("Domaine 2").contains("Réservé");
        assertThat(browser.findElements(By.cssSelector(".cmq-comparison-chart svg rect"))).isNotEmpty();
        assertThat(find("#comparison-references").getText()).containsIgnoringCase("Écart marqué");
        assertThat(find("#recommendation-list").getText())
                .contains("Mettre en place une revue annuelle de la carte des formations").contains("Voir l");
        checkAccessibility("comparaison");
        checkNarrow("comparaison");
        followFrom(find("#recommendation-list a"));
        assertThat(find("#action-origin").getText()).contains("recommandation");
    }

    @Test
    void anExpertFindsTheEvaluationsItIsAssignedAndReadsADomainBesideTheTeamsReading() {
        signIn(DemoAccount.EXPERT.email, DemoAccount.PASSWORD);
        open("/espace");
        followFrom(find("a.fr-nav__link[href='/evaluations-externes']"));
        assertThat(find("#assignments").getText()).contains("Matériaux composites et plastiques");
        checkAccessibility("evaluations-externes");
        followFrom(find("#assignments a"));
        assertThat(find("#external-state").getText()).isEqualToIgnoringCase("Publiée");
        assertThat(find("#domains").getText()).contains("Domaine 5").contains("Réservé");
        checkAccessibility("evaluation-externe");
        followFrom(find("#domains a[href$='/domaines/5']"));
        assertThat(find("main").getText()).contains("Position de l'équipe du campus")
                .contains("1 — Non engagé").contains("3 — Structuré");
        checkAccessibility("evaluation-externe-domaine");
        checkNarrow("evaluation-externe-domaine");
    }

    @Test
    void aLearnerAnswersTheQuestionnaireOnAPhoneWithoutAnAccount() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        open("/campus/5/auto-evaluation");
        followFrom(find("#assessments a"));
        var learners = browser.findElements(By.cssSelector("#surveys tbody tr")).stream()
                .filter(row -> row.getText().contains("Apprenants")).findFirst().orElseThrow();
        var link = QUESTIONNAIRE.matcher(learners.getText());
        assertThat(link.find()).isTrue();
        String questionnaire = link.group();
        signOut();

        var window = browser.manage().window();
        var size = window.getSize();
        try {
            window.setSize(new Dimension(375, 812));
            open(questionnaire);
            assertThat(find("h1").getText()).contains("Questionnaire du campus CosmetoPharma");
            assertThat(find(".fr-text--lead").getText()).contains("Apprenants");
            assertThat(find("main").getText()).contains("Vos réponses sont anonymes");
            checkAccessibility("questionnaire-375");
            long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal scroll at 375 px").isLessThanOrEqualTo(0);
            var firstScale = find("#questionnaire-form fieldset");
            firstScale.findElement(By.cssSelector("label[for$='-3']")).click();
            followFrom(find("#questionnaire-form button[type=submit]"));
            assertThat(find("#thanks").getText()).contains("Merci");
            checkAccessibility("questionnaire-merci");
        } finally {
            window.setSize(size);
        }
    }
}
