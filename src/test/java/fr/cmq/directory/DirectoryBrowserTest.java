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
}
