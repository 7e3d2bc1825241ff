package fr.cmq.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

/**
 * Every management page, read on a small phone (375 pixels wide), scrolls only downwards, and passes the accessibility
 * checks: no control without its label (a filter's select leaking into a form would show here).
 */
class NarrowPagesBrowserTest extends BrowserTestSupport {

    private static final List<String> TEAM_PAGES = List.of("/espace", "/campus/1/modifier", "/campus/1/reseau",
            "/campus/1/sites", "/campus/1/gouvernance", "/campus/1/plan", "/campus/1/plan/actions/nouvelle",
            "/campus/1/plan/diagnostic", "/campus/1/tableau-de-bord", "/campus/1/budget", "/campus/1/offre",
            "/campus/1/evenements", "/campus/1/evenements/nouveau", "/campus/1/documents", "/campus/1/historique",
            "/dossiers", "/mon-compte", "/campus/1/maturite", "/campus/1/auto-evaluation");
    private static final List<String> ADMINISTRATION_PAGES = List.of("/espace", "/comptes", "/comptes/inviter",
            "/campus/nouveau", "/admin/imports", "/admin/experts", "/admin/entreprises", "/admin/campagnes",
            "/admin/referentiels");

    @Test
    void theTeamsPagesFitASmallPhone() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        for (String page : TEAM_PAGES) {
            check(page);
        }
    }

    @Test
    void theAdministrationsPagesFitASmallPhone() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        for (String page : ADMINISTRATION_PAGES) {
            check(page);
        }
        open("/dossiers");
        followFrom(browser.findElements(By.cssSelector("#dossiers a[href^='/dossiers/']")).getFirst());
        checkNarrow("dossier");
    }

    private void check(String page) {
        open(page);
        assertThat(browser.findElements(By.cssSelector("main select:not([id])"))).as("a select without id on %s", page)
                .isEmpty();
        String name = page.substring(1).replace('/', '-');
        checkAccessibility("narrow-" + name);
        checkNarrow(name);
    }
}
