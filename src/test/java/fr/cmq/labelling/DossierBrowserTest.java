package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

class DossierBrowserTest extends BrowserTestSupport {

    @Test
    void theDirectorAnswersTheChefIsToldWhatIsMissingAndThePilotReads() throws java.io.IOException {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1/dossiers/nouveau");
        checkAccessibility("dossier-ouverture");
        find("label[for='kind-RENOUVELLEMENT']").click();
        followFrom(find("#open-form button[type=submit]"));

        assertThat(find("h1").getText()).isEqualTo("Dossier de labellisation du campus Énergie et maintenance");
        assertThat(find("#dossier-state").getText()).isEqualToIgnoringCase("Brouillon");
        assertThat(find("#completeness").getText()).isEqualTo("Aucun critère renseigné sur 11");
        checkAccessibility("dossier-brouillon");

        find("#text-C01").sendKeys("Le diagnostic de la vallée de la Fensch, actualisé en 2026.");
        find("label[for='fact-C01-INDICATEURS']").click();
        followFrom(find("#answer-C01 button[type=submit]"));
        assertThat(find("#completeness").getText()).isEqualTo("1 critère renseigné sur 11");
        assertThat(find("#text-C01").getText()).isEqualTo("Le diagnostic de la vallée de la Fensch, actualisé en 2026.");
        assertThat(browser.findElements(By.id("step-deposit"))).as("the DO does not sign").isEmpty();

        find("#text-C02").sendKeys("Quatre objectifs, un plan d’actions de 12 500 € piloté en mode projet.");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(
                driver -> driver.findElement(By.id("autosave-C02")).getText().startsWith("Enregistré automatiquement"));
        find("#text-C03").sendKeys("Une démarche qualité suivie chaque année.");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(
                driver -> driver.findElement(By.id("autosave-C03")).getText().startsWith("Enregistré automatiquement"));
        browser.navigate().refresh();
        assertThat(find("#completeness").getText()).as("saved as typed, one after the other")
                .isEqualTo("3 critères renseignés sur 11");
        assertThat(find("#text-C02").getText()).isEqualTo("Quatre objectifs, un plan d’actions de 12 500 € piloté en mode projet.");

        var piece = java.nio.file.Files.createTempFile("diagnostic-", ".pdf");
        java.nio.file.Files.write(piece, fr.cmq.shared.test.SampleFiles.PDF);
        find("#piece-C04").sendKeys(piece.toAbsolutePath().toString());
        followFrom(find("#piece-form-C04 button[type=submit]"));
        assertThat(find("#pieces-C04").getText()).contains("La pièce est jointe.").contains(piece.getFileName().toString());
        assertThat(find("#completeness").getText()).as("a piece answers").isEqualTo("4 critères renseignés sur 11");
        checkAccessibility("dossier-pieces");
        followFrom(find("#pieces-C04 a[href$='/retrait']"));
        assertThat(find("h1").getText()).isEqualTo("Retirer la pièce « " + piece.getFileName() + " » ?");
        followFrom(find("#confirm-form button[type=submit]"));
        assertThat(find("#pieces-C04").getText()).contains("La pièce est retirée.").contains("Aucune pièce jointe.");
        assertThat(find("#completeness").getText()).isEqualTo("3 critères renseignés sur 11");

        String dossierPage = currentPath();
        open("/dossiers");
        assertThat(find("#dossiers").getText()).contains("Énergie et maintenance");
        checkAccessibility("dossiers");

        signOut();
        signIn(DemoAccount.CHEF_ETABLISSEMENT.email, DemoAccount.PASSWORD);
        open(dossierPage);
        followFrom(find("#step-deposit"));
        assertThat(find("#refusal").getText()).as("asked before the signature page").contains("8 critères restent sans réponse");
        checkAccessibility("dossier-chef");

        signOut();
        signIn(DemoAccount.PILOTE_ACADEMIQUE.email, DemoAccount.PASSWORD);
        open(dossierPage);
        assertThat(find("#critere-C01").getText()).contains("actualisé en 2026").contains("Le tableau de bord");
        assertThat(browser.findElements(By.cssSelector("form[id^='answer-']"))).as("pilots read").isEmpty();
        checkAccessibility("dossier-pilote");
    }
}
