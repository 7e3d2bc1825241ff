package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

/**
 * The label's journeys after the deposit, on the demonstration's dossiers: both pilots co-sign and record an avis,
 * an expert declares, scores and reports, the administration forms a group of experts, reminds and decides.
 */
class LabelReviewBrowserTest extends BrowserTestSupport {

    @Test
    void bothPilotsCoSignThenRecordTheAvisOfTheCaen() {
        signIn(DemoAccount.PILOTE_ACADEMIQUE.email, DemoAccount.PASSWORD);
        open("/espace");
        assertThat(find("main").getText()).as("the next step, in the workspace")
                .contains("Cosigner le dossier de labellisation du campus Matériaux composites et plastiques");
        openDossierOf("Matériaux composites et plastiques");
        followFrom(find("#step-cosign"));
        assertThat(find("h1").getText()).isEqualTo("Signer : Cosignature de l’académie");
        assertThat(find("#signed-summary").getText()).contains("Matériaux composites et plastiques")
                .contains("critères renseignés sur");
        assertThat(find("#signer").getText()).startsWith("Nathalie Schmitt (pilote.nancy-metz@cmq.test), pour le recteur, le ");
        checkAccessibility("signature");
        checkNarrow("signature");
        find("label[for='read']").click();
        followFrom(find("#sign-form button[type=submit]"));
        assertThat(find("#dossier-state").getText()).isEqualToIgnoringCase("Déposé");
        assertThat(find("#signatures").getText())
                .containsPattern("Cosignature de l’académie : Nathalie Schmitt, pour le recteur, le \\d\\d/\\d\\d/20\\d\\d \\d\\d:\\d\\d, sur la version");
        assertThat(browser.findElements(By.id("step-cosign"))).as("signed once").isEmpty();
        checkAccessibility("dossier-cosignature");

        signOut();
        signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        openDossierOf("Matériaux composites et plastiques");
        followFrom(find("#step-cosign"));
        find("label[for='read']").click();
        followFrom(find("#sign-form button[type=submit]"));
        assertThat(find("#dossier-state").getText()).isEqualToIgnoringCase("Cosigné");
        open("/mon-compte");
        assertThat(find("#signed").getText()).contains("Cosignature de la Région")
                .contains("Matériaux composites et plastiques");
        openDossierOf("Matériaux composites et plastiques");

        new Select(find("#body")).selectByValue("CAEN");
        new Select(find("#verdict")).selectByValue("RESERVE");
        find("#opinion-text").sendKeys("Renforcer l'ouverture aux adultes en reconversion.");
        followFrom(find("#step-record-opinion button[type=submit]"));
        assertThat(find("#opinions").getText()).contains("CAEN : Réservé").contains("adultes en reconversion");
        assertThat(find("#dossier-state").getText()).as("the CREFOP's is still awaited").isEqualToIgnoringCase("Cosigné");
        assertThat(find("#timeline").getText()).contains("cosigner").contains("enregistrer un avis");
        checkAccessibility("dossier-avis");
    }

    @Test
    void anExpertDeclaresNoConflictScoresEveryCriterionAndHandsInItsReport() {
        signIn(DemoAccount.EXPERT.email, DemoAccount.PASSWORD);
        open("/espace");
        followFrom(browser.findElement(By.partialLinkText(
                "Expertiser le dossier du campus Transformation numérique (TransNum)")));
        assertThat(find("#sealed").getText()).as("nothing read before the declaration, and told why")
                .contains("aucun conflit d'intérêts");
        assertThat(find("#critere-C01").getText()).as("no false empty state").doesNotContain("Pas de réponse")
                .doesNotContain("À RENSEIGNER");
        checkAccessibility("expertise-declaration");
        find("label[for='noConflict']").click();
        followFrom(find("#declare button[type=submit]"));
        assertThat(find("#expertise").getText()).contains("Votre déclaration est enregistrée");
        assertThat(find("#critere-C01").getText()).contains("Réponse du campus");

        for (int criterion = 1; criterion <= 11; criterion++) {
            find("label[for='score-C%02d-3']".formatted(criterion)).click();
        }
        find("label[for='score-C05-2']").click();
        find("#comment-C05").sendKeys("L'apprentissage reste peu présent dans l'offre.");
        followFrom(find("#scores button[type=submit]"));
        assertThat(find("#expertise").getText()).contains("Vos notes sont enregistrées");
        assertThat(browser.findElement(By.id("score-C05-2")).isSelected()).as("the score kept").isTrue();
        checkAccessibility("expertise-notes");

        find("label[for='verdict-RESERVE']").click();
        find("#report-text").sendKeys("Un campus engagé ; l'apprentissage est à développer.");
        followFrom(find("#report button[type=submit]"));
        assertThat(find("#submitted").getText()).startsWith("Rapport remis le");
        assertThat(find("#expertise").getText()).containsIgnoringCase("Avis d’ensemble : Réservé");
        assertThat(browser.findElements(By.id("scores"))).as("a report handed in is final").isEmpty();
        assertThat(find("#expertise").getText()).contains("l'apprentissage est à développer");
        checkAccessibility("expertise-rapport");
    }

    @Test
    void theAdministrationFormsABalancedGroupRemindsTheLateAndDecides() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        open("/espace");
        assertThat(find("main").getText())
                .contains("Désigner les experts du dossier du campus CosmetoPharma et ouvrir l'expertise")
                .contains("Enregistrer l'arrêté du dossier du campus Aéronautique et spatial");
        openDossierOf("CosmetoPharma");
        assertThat(find("#expertise").getText()).contains("Aucun expert n'est encore désigné");
        new Select(find("#expertId")).selectByVisibleText("Isabelle Roux — État et collectivités");
        followFrom(find("#assign-expert button[type=submit]"));
        assertThat(find("#balance-warning").getText()).contains("0 des acteurs économiques, 1 de l'État");
        followFrom(find("#step-start-review button[type=submit]"));
        assertThat(find("#refusal").isDisplayed()).isTrue();
        checkAccessibility("expertise-groupe");
        new Select(find("#expertId")).selectByVisibleText("Paul Durand, expert des entreprises — Acteurs économiques");
        followFrom(find("#assign-expert button[type=submit]"));
        assertThat(browser.findElements(By.id("balance-warning"))).isEmpty();
        followFrom(find("#step-start-review button[type=submit]"));
        assertThat(find("#dossier-state").getText()).isEqualToIgnoringCase("En expertise");

        openDossierOf("Transformation numérique (TransNum)");
        followFrom(find("#remind-experts button[type=submit]"));
        assertThat(find("#expertise").getText()).contains("relancé");

        openDossierOf("Aéronautique et spatial");
        assertThat(find("#expertise").getText()).contains("Un réseau complet et actif")
                .contains("Un partenariat exemplaire").containsIgnoringCase("Avis d’ensemble : Favorable");
        assertThat(find("#synthesis").getText()).as("the experts' scores side by side")
                .contains("Isabelle Roux").contains("Paul Durand").contains("Moyenne").contains("3,5")
                .contains("Favorable");
        checkAccessibility("decision-synthese");
        date("#startDate", "2027-09-01");
        find("#nor").sendKeys("MENE2700042A");
        find("#ministries").sendKeys("Éducation nationale ; Enseignement supérieur ; Économie");
        checkAccessibility("decision");
        followFrom(find("#step-decide button[type=submit]"));
        assertThat(find("#dossier-state").getText()).isEqualToIgnoringCase("Décidé");
        assertThat(find("#decision").getText()).contains("arrêté MENE2700042A").contains("pour 5 ans à compter du 01/09/2027");
    }

    @Test
    void theAdministrationRemindsTheExpertsOfASelectionFromTheList() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        open("/dossiers");
        new Select(find("#etat")).selectByValue("EN_EXPERTISE");
        followFrom(find("#dossier-filters button[type=submit]"));
        assertThat(find("#dossiers").getText()).contains("Transformation numérique (TransNum)")
                .doesNotContain("Bois");
        find("#batch-decide summary").click();
        checkAccessibility("dossiers-selection");
        followFrom(find("#batch-decide button[type=submit]"));
        assertThat(find("#batch-error").getText()).contains("Cochez au moins un dossier");
        assertThat(find("#batch-decide").getAttribute("open")).as("the act chosen stays open").isNotNull();

        browser.findElement(By.cssSelector("input[aria-label='Sélectionner le dossier de Transformation numérique (TransNum)']"))
                .click();
        find("#batch-remind summary").click();
        followFrom(find("#batch-remind button[type=submit]"));
        assertThat(find("#batch-done").getText()).contains("2 experts relancés");
        assertThat(find("#etat").getAttribute("value")).as("the filter is kept").isEqualTo("EN_EXPERTISE");
        checkAccessibility("dossiers-relance");
    }

    @Test
    void theAdministrationLoadsAGridFromAFileAndOpensACampaign() throws Exception {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        open("/admin/campagnes");
        checkAccessibility("campagnes");
        var bad = Files.createTempFile("grille", ".csv");
        Files.writeString(bad, "code;titre\nC01;Diagnostic\nC01;Doublon\n");
        find("#grid-version").sendKeys("2027");
        find("#grid-title").sendKeys("Cahier des charges 2027");
        browser.findElement(By.id("grid-file")).sendKeys(bad.toAbsolutePath().toString());
        followFrom(find("#grid-form button[type=submit]"));
        assertThat(find("#refused-lines").getText()).contains("Ligne 3 : Code C01 déjà donné ligne 2");
        assertThat(find("#grid-version").getAttribute("value")).as("what was typed is kept").isEqualTo("2027");
        checkAccessibility("campagnes-grille-refusee");

        browser.findElement(By.id("grid-file")).sendKeys(Path.of("docs/samples/grille-criteres.csv").toAbsolutePath().toString());
        followFrom(find("#grid-form button[type=submit]"));
        assertThat(find("main").getText()).contains("La grille 2027 est chargée : 3 critères.");

        find("#title").sendKeys("Appel à projets 2028");
        new Select(find("#gridVersion")).selectByValue("2027");
        var today = java.time.LocalDate.now();
        date("#opensOn", today.toString());
        date("#depositDeadline", today.plusMonths(2).toString());
        date("#avisDeadline", today.plusMonths(1).toString());
        date("#reviewDeadline", today.plusMonths(4).toString());
        date("#decisionDate", today.plusMonths(5).toString());
        followFrom(find("#campaign-form button[type=submit]"));
        assertThat(find("#campaign-error").getText()).contains("Date limite des avis du CAEN et du CREFOP");
        assertThat(find("#title").getAttribute("value")).isEqualTo("Appel à projets 2028");
        date("#avisDeadline", today.plusMonths(3).toString());
        followFrom(find("#campaign-form button[type=submit]"));
        assertThat(find("#campaigns").getText()).contains("Appel à projets 2028");
        checkAccessibility("campagnes-ouverte");
    }

    private void openDossierOf(String campus) {
        open("/dossiers");
        followFrom(browser.findElement(By.linkText(campus)));
    }

    private void date(String selector, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(selector), value);
    }
}
