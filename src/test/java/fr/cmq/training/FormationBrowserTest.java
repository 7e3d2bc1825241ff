package fr.cmq.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

class FormationBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorFindsAnApprenticeshipAtBacPlusTwoAndReachesItsCampus() {
        open("/");
        browser.manage().deleteAllCookies();
        followFrom(find("#navigation a[href='/formations']"));
        checkAccessibility("formations-recherche");

        find("#q").sendKeys("maintenance");
        new Select(find("#statut")).selectByValue("APPRENTISSAGE");
        new Select(find("#niveau")).selectByValue("5");
        followFrom(find("#formation-search button[type=submit]"));
        assertThat(currentPath()).contains("q=maintenance").contains("statut=APPRENTISSAGE").contains("niveau=5");
        assertThat(find("#formation-results").getText()).contains("BTS maintenance des systèmes option C systèmes éoliens")
                .containsIgnoringCase("Apprentissage").containsIgnoringCase("Bac +2 (niveau 5)");
        assertThat(new Select(find("#niveau")).getFirstSelectedOption().getText()).startsWith("Bac +2 (niveau 5) (");
        assertThat(find("#formation-results").getText()).contains("Parcours : Maintenance et énergie, du CAP au BUT");
        checkAccessibility("formations-filtrees");

        followFrom(find("#formation-results a"));
        assertThat(find("h1").getText()).isEqualTo("BTS maintenance des systèmes option C systèmes éoliens");
        assertThat(find("#next-step").getText()).contains("contrat d'apprentissage");
        checkAccessibility("formation-page");

        followFrom(find("a[href='/campus/1#formations']"));
        assertThat(find("h1").getText()).isEqualTo("Énergie et maintenance");
        assertThat(find("#formations").getText()).startsWith("Formations (");
        assertThat(find("#parcours-title").getText()).isEqualTo("Parcours");
        assertThat(find("ol.cmq-path").getText()).contains("CAP Interventions en maintenance technique des bâtiments")
                .contains("BUT génie industriel et maintenance");
        assertThat(find("#passerelles").getText()).containsIgnoringCase("Changement de statut");
        checkAccessibility("campus-formations");
        assertThat(browser.findElements(By.id("manage-offer"))).as("the public does not keep the offer").isEmpty();
    }

    @Test
    void aVisitorLooksAroundATown() {
        open("/formations?ville=thionville&rayon=10");
        assertThat(find("#formation-results").getText()).contains("Thionville").contains("km)");
        assertThat(find("#formation-results").getText()).doesNotContain("Épinal");
        open("/formations?ville=Nullepart-sur-Mer");
        assertThat(find("#ville-error").getText()).contains("Nullepart-sur-Mer");
    }

    @Test
    void theDirectorAddsAFormationFromTheReferenceAndRemovesIt() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1");
        followFrom(find("#manage-offer"));
        assertThat(find("#coverage").getText()).contains("Bac +2 (niveau 5)");
        checkAccessibility("offre-campus");

        followFrom(find("#add-formation"));
        find("#recherche").sendKeys("avionique");
        followFrom(find("#certification-search button[type=submit]"));
        checkAccessibility("offre-certification");
        followFrom(browser.findElement(By.xpath("//ul[@id='certifications']//a[starts-with(., 'CAP ')]")));
        assertThat(find("#chosen-certification").getText()).contains("CAP Aéronautique option avionique");
        new Select(find("#memberId")).selectByVisibleText("CFA de l'industrie de Moselle — Yutz");
        find("label[for='apprentissage1']").click();
        find("#apprentissageCapacity").sendKeys("10");
        find("#startDates").sendKeys("Entrées en septembre et en janvier");
        checkAccessibility("offre-formulaire");
        followFrom(find("#formation-form button[type=submit]"));

        assertThat(find("#offer").getText()).contains("CAP Aéronautique option avionique");
        followFrom(find("a[title='Retirer la formation CAP Aéronautique option avionique']"));
        checkAccessibility("offre-retrait");
        followFrom(find("#confirm-form button[type=submit]"));
        assertThat(find("#offer").getText()).doesNotContain("CAP Aéronautique option avionique");
    }

    @Test
    void theDirectorImportsAFileAndSeesEachRefusedLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("offre.csv"), """
                uai;certification;statuts
                0940177G;FOR.7013;apprentissage
                0940176F;FOR.7013;alternance
                """);
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1/offre");
        followFrom(find("#import-form button[type=submit]"));
        assertThat(find("#import-file-error").getText()).isEqualTo("Choisissez le fichier à importer.");

        find("#import-file").sendKeys(file.toString());
        followFrom(find("#import-form button[type=submit]"));
        assertThat(find("#import-done").getText()).contains("2 lignes lues : 0 formations créées")
                .contains("2 lignes refusées");
        assertThat(find("#rejections").getText()).contains("2 UAI 0940177G : aucun membre actif du campus")
                .contains("3 UAI 0940176F");
        checkAccessibility("offre-import");
    }
}
