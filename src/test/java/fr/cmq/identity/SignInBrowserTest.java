package fr.cmq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

class SignInBrowserTest extends BrowserTestSupport {

    @Test
    void aDirectorSignsInSeesTheirRoleAndSignsOut() {
        open("/");
        assertThat(find("h1").getText()).isEqualTo("Les Campus des métiers et des qualifications");
        assertThat(browser.findElements(By.cssSelector("#filieres .fr-tag"))).hasSize(12);
        checkAccessibility("accueil");

        followFrom(find(".fr-header__tools a[href='/connexion']"));
        assertThat(find("h1").getText()).isEqualTo("Se connecter à la plateforme");
        checkAccessibility("connexion");

        signIn(DemoAccount.DIRECTEUR.email, "pas le bon mot de passe");
        assertThat(find(".fr-alert--error").getText()).contains("Adresse électronique ou mot de passe incorrect");
        checkAccessibility("connexion-erreur");

        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        assertThat(currentPath()).isEqualTo("/espace");
        assertThat(find("main table").getText()).contains("Directeur opérationnel").contains("Campus n° 1");
        checkAccessibility("mon-espace");

        signOut();
        assertThat(find(".fr-alert--success").getText()).isEqualTo("Vous êtes déconnecté·e.");
        assertThat(browser.findElements(By.cssSelector(".fr-header__tools a[href='/connexion']"))).hasSize(1);
        checkAccessibility("accueil-deconnecte");
    }

    @Test
    void theFirstTabReachesTheSkipLinkToTheContent() {
        open("/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        var focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("#contenu");
        assertThat(focused.getText()).isEqualTo("Contenu");
    }
}
