package fr.cmq.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

class PublicPagesBrowserTest extends BrowserTestSupport {

    @Test
    void theLegalPagesAreReachableFromTheFooterAndAccessible() {
        open("/");
        followFrom(find("footer a[href='/accessibilite']"));
        assertThat(find("h1").getText()).isEqualTo("Déclaration d’accessibilité");
        assertThat(find("main").getText()).as("as the test configuration says").contains("partiellement conforme");
        assertThat(find("footer").getText()).contains("Accessibilité : partiellement conforme");
        checkAccessibility("accessibilite");

        followFrom(find("footer a[href='/mentions-legales']"));
        assertThat(find("h1").getText()).isEqualTo("Mentions légales");
        checkAccessibility("mentions-legales");

        followFrom(find("footer a[href='/donnees-personnelles']"));
        assertThat(find("h1").getText()).isEqualTo("Données personnelles");
        checkAccessibility("donnees-personnelles");
    }

    @Test
    void errorPagesAreAccessible() {
        signIn(DemoAccount.CHEF_ETABLISSEMENT.email, DemoAccount.PASSWORD);
        open("/cette-page-n-existe-pas");
        assertThat(find("h1").getText()).isEqualTo("Page non trouvée");
        checkAccessibility("erreur-404");

        open("/admin/comptes");
        assertThat(find("h1").getText()).isEqualTo("Accès refusé");
        checkAccessibility("erreur-403");
        signOut();
    }

    @Test
    void theApiDocumentationIsTitledByItsSubject() {
        open("/swagger-ui.html");
        assertThat(find(".swagger-ui .info .title").getText()).contains("API de la plateforme des Campus");
        assertThat(find(".opblock-summary-path").getText()).startsWith("/api/v1/");
        find(".opblock-summary-control").click();
        assertThat(find(".opblock-body").getText()).contains("Parameters");
        assertThat(browser.getTitle()).isEqualTo("API de la Plateforme CMQ — documentation");
        checkNothingBlocked("swagger-ui");
    }
}
