package fr.cmq.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

class DirectoryBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorSearchesEstablishmentsWithATypo() {
        open("/");
        followFrom(find("#navigation a[href='/etablissements']"));
        checkAccessibility("etablissements");

        find("#q").sendKeys("doisnau");
        followFrom(find("#establishment-search button[type=submit]"));
        assertThat(find("#result-count").getText()).isEqualTo("1 établissement trouvé");
        checkAccessibility("etablissements-recherche");

        followFrom(find("#establishments a"));
        assertThat(find("h1").getText()).isEqualTo("Ecole élémentaire Robert Doisneau");
        assertThat(find("main").getText()).contains("0940176F").contains("Créteil");
        checkAccessibility("etablissement");
    }

    @Test
    void anEmptySearchSaysWhatToDo() {
        open("/etablissements?q=zzzzqqqq");
        assertThat(find(".fr-callout").getText()).contains("Aucun établissement ne correspond");
        checkAccessibility("etablissements-aucun");
    }

    @Test
    void theAdministratorImportsAFileAndReadsItsReport() throws IOException {
        Path file = Files.createTempFile("entreprises", ".csv");
        Files.writeString(file, """
                siret;raison_sociale
                21940034800195;Commune de Fresnes
                21940034800196;Clé fausse
                """);
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        followFrom(find("#navigation a[href='/admin/imports']"));
        checkAccessibility("imports");

        followFrom(find("#import-form button[type=submit]"));
        assertThat(find("#kind-error").getText()).isEqualTo("Choisissez le type du fichier.");
        assertThat(find("#file-error").getText()).isEqualTo("Choisissez un fichier non vide.");
        checkAccessibility("imports-erreurs");

        new Select(find("#kind")).selectByValue("entreprises");
        find("#file").sendKeys(file.toString());
        followFrom(find("#import-form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fr-alert--success")));
        assertThat(find(".fr-alert--success").getText())
                .contains("2 lignes lues : 1 créées, 0 mises à jour, 0 inchangées, 1 refusées");
        assertThat(find("#rejections").getText()).contains("3").contains("la clé de contrôle ne correspond pas");
        checkAccessibility("import-rapport");
        signOut();
    }

    @Test
    void theAdministratorAddsACompanyBySiret() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        followFrom(find("#navigation a[href='/admin/entreprises']"));
        find("#siret").sendKeys("732 829 320 00075");
        find("#name").sendKeys("Atelier Numérique de Metz");
        find("#postalCode").sendKeys("9426");
        followFrom(find("#company-form button[type=submit]"));
        assertThat(find("#siret-error").getText()).startsWith("Ce SIRET n'est pas valide");
        assertThat(find("#postalCode-error").getText()).isEqualTo("Le code postal s'écrit avec 5 chiffres.");
        assertThat(find("#name").getAttribute("value")).as("nothing typed is lost").isEqualTo("Atelier Numérique de Metz");
        checkAccessibility("entreprises-erreurs");

        find("#siret").clear();
        find("#siret").sendKeys("732 829 320 00074");
        find("#postalCode").clear();
        find("#postalCode").sendKeys("94260");
        followFrom(find("#company-form button[type=submit]"));
        assertThat(find(".fr-alert--success").getText()).isEqualTo("L'entreprise « Atelier Numérique de Metz » a été ajoutée.");
        assertThat(find("#companies").getText()).contains("73282932000074");
        checkAccessibility("entreprises");

        find("#siret").sendKeys("73282932000074");
        find("#name").sendKeys("Doublon");
        followFrom(find("#company-form button[type=submit]"));
        assertThat(find("#siret-error").getText()).isEqualTo("Une entreprise avec ce SIRET existe déjà.");
        signOut();
    }
}
