package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

class SteeringBrowserTest extends BrowserTestSupport {

    private static final int YEAR = LocalDate.now().getYear();

    @Test
    void theDirectorPlansAnActionAndNotesItsProgress() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1");
        assertThat(find("#strategic-objectives").getText()).contains("Construire des parcours de formation continus du CAP au BUT");
        followFrom(find("#manage-plan"));
        assertThat(find("#diagnostic-summary").getText()).contains("vallée de la Fensch");
        followFrom(find("#edit-diagnostic"));
        checkAccessibility("diagnostic");
        find("#summary").clear();
        find("#summary").sendKeys("Un territoire industriel qui manque de techniciens de maintenance.");
        followFrom(find("#diagnostic-form button[type=submit]"));
        assertThat(find("#diagnostic-summary").getText()).isEqualTo("Un territoire industriel qui manque de techniciens de maintenance.");
        assertThat(find("#actions").getText()).contains("Hackathon « énergie 2030 » inter-établissements")
                .containsIgnoringCase("En retard");
        checkAccessibility("plan-actions");

        followFrom(find("#add-action"));
        followFrom(find("#action-form button[type=submit]"));
        assertThat(find("#title-error").getText()).isEqualTo("Donnez un intitulé à l’action");

        find("#title").sendKeys("Concours de maintenance inter-lycées");
        new Select(find("#objectiveId")).selectByVisibleText("Rendre visibles et attractifs les métiers de la maintenance et de l'énergie");
        find("#pilotName").sendKeys("Claire Martin");
        new Select(find("#pilotMemberId")).selectByIndex(1);
        find("label[for='member-3']").click();
        date(find("#startsOn"), LocalDate.now().plusDays(10));
        date(find("#endsOn"), LocalDate.now().plusMonths(3));
        find("#budget").sendKeys("2 500,50");
        checkAccessibility("action-formulaire");
        followFrom(find("#action-form button[type=submit]"));

        assertThat(find("h1").getText()).isEqualTo("Concours de maintenance inter-lycées");
        assertThat(find("#action-status").getText()).isEqualToIgnoringCase("Prévue");
        new Select(find("#status")).selectByVisibleText("En cours");
        followFrom(find("#action-form button[type=submit]"));
        assertThat(find("#action-status").getText()).isEqualToIgnoringCase("En cours");

        find("#text").sendKeys("Règlement du concours envoyé aux lycées.");
        followFrom(find("#note-form button[type=submit]"));
        assertThat(find("#notes").getText()).contains("Règlement du concours envoyé aux lycées.");
        checkAccessibility("action-page");

        open("/campus/1/plan?enRetard=true");
        assertThat(find("#actions").getText()).contains("Campagne « Les filles et la maintenance »")
                .doesNotContain("Concours de maintenance inter-lycées");
    }

    @Test
    void theChefSignsOffTheBudgetFromTheWorkspace() {
        signIn(DemoAccount.CHEF_ETABLISSEMENT.email, DemoAccount.PASSWORD);
        open("/espace");
        followFrom(find("a[href='/campus/1/budget/" + YEAR + "']"));
        assertThat(find("#budget-status").getText()).isEqualToIgnoringCase("Soumis à validation");
        assertThat(find("#totals").getText()).contains("155\u202F000,00 €");
        assertThat(find("#without-contribution").getText()).contains("Lycée des métiers de l'énergie et de la maintenance");
        checkAccessibility("budget");

        followFrom(find("#validate-budget"));
        assertThat(find("#signed-summary").getText()).startsWith("Budget " + YEAR + " du campus Énergie et maintenance")
                .contains("155\u202F000,00 €");
        assertThat(find("#signer").getText()).startsWith("Hélène Marchal (chef.support@cmq.test), chef d’établissement support, le ");
        checkAccessibility("budget-signature");
        find("label[for='read']").click();
        followFrom(find("#sign-form button[type=submit]"));
        assertThat(find("#budget-status").getText()).isEqualToIgnoringCase("Validé");
        assertThat(find("#budget-signatures").getText()).contains("Budget validé : Hélène Marchal, chef d’établissement support, le ");
        assertThat(find("#amend-budget").getText()).isEqualTo("Ouvrir un avenant");

        followFrom(find("#amend-budget"));
        checkAccessibility("budget-avenant");
        find("#reason").sendKeys("Subvention complémentaire de la Région");
        followFrom(find("#reason-form button[type=submit]"));
        assertThat(find("#budget-status").getText()).isEqualToIgnoringCase("Brouillon");
        assertThat(find("#amendments").getText()).contains("Subvention complémentaire de la Région");
    }

    @Test
    void aMemberContactDeclaresItsContribution() {
        signIn(DemoAccount.CONTACT_MEMBRE.email, DemoAccount.PASSWORD);
        open("/campus/1");
        followFrom(find("#manage-budget"));
        assertThat(find("#no-contribution").getText()).contains("rien déclaré");
        followFrom(find("#add-contribution"));
        new Select(find("#kind")).selectByVisibleText("Humaine");
        find("#amount").sendKeys("1 500,5");
        find("#hours").sendKeys("40");
        find("#description").sendKeys("Jurys des travaux tutorés");
        checkAccessibility("contribution-formulaire");
        followFrom(find("#contribution-form button[type=submit]"));

        assertThat(find("#contributions").getText()).contains("1\u202F500,50 €").contains("Jurys des travaux tutorés")
                .contains("Apportée");
        checkAccessibility("contributions-membre");

        open("/campus/1");
        followFrom(find("#take-part"));
        checkAccessibility("participation-actions");
        var erasmus = browser.findElement(By.xpath("//tr[contains(., 'Mobilités Erasmus+ d')]"));
        assertThat(erasmus.getText()).doesNotContain("Ne plus participer");
        followFrom(erasmus.findElement(By.cssSelector("button[type=submit]")));
        assertThat(find("[role=status]").getText()).isEqualTo("Votre participation est enregistrée.");
        assertThat(browser.findElement(By.xpath("//tr[contains(., 'Mobilités Erasmus+ d')]")).getText())
                .containsIgnoringCase("Participe").contains("Ne plus participer");
    }

    @Test
    void theDirectorRecordsAnEventAndTheAttendanceOfOneThatIsOver() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1");
        assertThat(find("#campus-events").getText()).contains("Hackathon « énergie 2030 »");
        followFrom(find("#manage-events"));
        checkAccessibility("evenements-campus");

        var jury = browser.findElement(By.xpath("//tr[contains(., 'Jury des travaux tutorés inter-niveaux')]"));
        jury.findElement(By.name("attendance")).sendKeys("37");
        followFrom(jury.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.xpath("//tr[contains(., 'Jury des travaux tutorés inter-niveaux')]")).getText())
                .contains("37 participants");

        followFrom(find("#add-event"));
        new Select(find("#kind")).selectByVisibleText("Portes ouvertes");
        find("#title").sendKeys("Soirée portes ouvertes de l'IUT");
        value(find("#startsAt"), LocalDate.now().plusDays(15) + "T17:00");
        value(find("#endsAt"), LocalDate.now().plusDays(15) + "T20:00");
        find("#address").sendKeys("Place de la Gare");
        find("#town").sendKeys("Yutz");
        find("label[for='audience-LYCEENS']").click();
        find("label[for='audience-FAMILLES']").click();
        checkAccessibility("evenement-formulaire");
        followFrom(find("#event-form button[type=submit]"));
        assertThat(find("#events").getText()).contains("Soirée portes ouvertes de l'IUT");

        open("/evenements?public=FAMILLES&region=44");
        assertThat(find("#agenda-results").getText()).contains("Soirée portes ouvertes de l'IUT").contains("Yutz");
        assertThat(find("#agenda-feed").getAttribute("href")).contains("/evenements.ics?").contains("public=FAMILLES");
        checkAccessibility("agenda");

        followFrom(browser.findElement(By.linkText("Soirée portes ouvertes de l'IUT")));
        assertThat(find("#event-title").getText()).isEqualTo("Soirée portes ouvertes de l'IUT");
        assertThat(find("#event-when").getText()).contains("à 17:00");
        assertThat(find("#event-place").getText()).contains("Yutz");
        assertThat(find("#event-ics").getAttribute("href")).endsWith(".ics");
        checkAccessibility("evenement-public");
    }

    @Test
    void theDirectorRecordsAMeasureAndReadsTheTableauDeBord() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1");
        followFrom(find("#manage-dashboard"));
        assertThat(find("#tile-APPRENTIS").getText()).contains("Cible de l'année");
        assertThat(browser.findElements(By.cssSelector("#indicator-tiles > li"))).hasSizeGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector("#indicator-tiles form"))).as("forms are on each indicator's page")
                .isEmpty();
        checkAccessibility("tableau-de-bord");

        open("/campus/1/tableau-de-bord/EVENEMENTS");
        assertThat(browser.findElements(By.id("measure-EVENEMENTS"))).as("a computed indicator is never typed").isEmpty();
        open("/campus/1/tableau-de-bord/ETUDIANTS");
        assertThat(find("#actions-ETUDIANTS").getText()).contains("Hackathon « énergie 2030 » inter-établissements");

        open("/campus/1/tableau-de-bord");
        new Select(find("#follow-code")).selectByVisibleText("Enseignants formés");
        followFrom(find("#follow-form button[type=submit]"));
        find("#target-value-ENSEIGNANTS_FORMES").sendKeys("40");
        followFrom(find("#target-ENSEIGNANTS_FORMES button[type=submit]"));
        assertThat(find("h1").getText()).contains("Enseignants formés");
        assertThat(find("[role=status]").getText()).isEqualTo("La cible est fixée.");
        open("/campus/1/tableau-de-bord");
        assertThat(browser.findElements(By.cssSelector("#follow-code option[value='ENSEIGNANTS_FORMES']"))).isEmpty();

        followFrom(find("#indicator-APPRENTIS"));
        value(find("#measuredOn-APPRENTIS"), LocalDate.now().withDayOfMonth(1).minusDays(1).toString());
        find("#value-APPRENTIS").sendKeys("1234");
        followFrom(find("#measure-APPRENTIS button[type=submit]"));
        assertThat(find("#indicator-measures").getText()).containsPattern("1.234,00");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('figure[data-chart] canvas').height > 0")).isEqualTo(true);
        // the chart draws as many points as the table has lines, the last one the measure just typed
        assertThat(((JavascriptExecutor) browser).executeScript("""
                var points = Chart.getChart(document.querySelector('figure[data-chart] canvas')).data.datasets[0].data;
                return points.length === document.querySelectorAll('#indicator-measures tbody tr').length
                    && points.includes(1234);""")).isEqualTo(true);
        checkAccessibility("indicateur-mesures");
        new Select(find("#measuredOn")).selectByVisibleText(
                LocalDate.now().withDayOfMonth(1).minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + " — 1 234,00");
        find("#value").sendKeys("1 243");
        find("#comment").sendKeys("Chiffres inversés");
        followFrom(find("#correct-form button[type=submit]"));
        assertThat(find("[role=status]").getText()).isEqualTo("La mesure est corrigée.");
        assertThat(find("#indicator-measures").getText()).containsPattern("1.243,00").contains("Chiffres inversés");
        open("/campus/1/tableau-de-bord");

        followFrom(find("#publication-toggle"));
        assertThat(find("#publication-state").getText()).contains("est publié");
        open("/campus/1");
        assertThat(find("#public-dashboard").getText()).contains("Apprentis formés par le réseau")
                .contains("Taux d'insertion à 6 mois");
        checkAccessibility("campus-en-chiffres");
    }

    private void value(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    private void date(WebElement field, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, date.toString());
    }
}
