package fr.cmq.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

/**
 * The national dashboard and a regional pilot's, drawn by DSFR Chart under the platform's Content Security Policy:
 * the map and the charts beside their tables, the filters in the address, each count opening its list.
 */
class DashboardBrowserTest extends BrowserTestSupport {

    @Test
    void theNationalAdministrationReadsFranceByRegionAndFiltersByFiliere() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        open("/espace");
        followFrom(find("#open-pilotage"));
        assertThat(find("h1").getText()).contains("Toute la France");
        drawn("map-chart svg path");
        drawn("#statuts bar-chart canvas");
        assertThat(find("#table-regions").getText()).contains("Grand Est");
        checkAccessibility("pilotage-national");

        new Select(find("#filiere")).selectByValue("TRANSITION_ENERGETIQUE");
        followFrom(find("#pilotage-filters button[type=submit]"));
        assertThat(browser.getCurrentUrl()).contains("filiere=TRANSITION_ENERGETIQUE");
        assertThat(find("#pilotage-total").getText()).isEqualTo("1 campus");
        followFrom(find("#table-statuts a"));
        assertThat(find("#pilotage-campuses").getText()).contains("Énergie");
        checkAccessibility("pilotage-liste");
    }

    @Test
    void aRegionalPilotReadsItsRegionByDepartementWithTheTableBesideTheMap() {
        signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        open("/pilotage");
        assertThat(find("h1").getText()).contains("Grand Est");
        drawn("map-chart-reg svg path");
        var fills = (List<?>) ((JavascriptExecutor) browser).executeScript("""
                return ['FR-57', 'FR-75'].map(code => document.querySelector('map-chart-reg path.' + code)
                    .getAttribute('fill'));""");
        assertThat(fills.get(0)).as("Moselle, drawn").isNotEqualTo("rgba(255, 255, 255, 0)");
        assertThat(fills.get(1)).as("Paris, left out").isEqualTo("rgba(255, 255, 255, 0)");
        assertThat(find("#table-departements").getText()).contains("Moselle");
        assertThat(find("#echeances").getText()).contains("semestre");
        checkAccessibility("pilotage-regional");
        checkNarrow("pilotage-regional");
    }

    @Test
    void anyoneReadsTheCampusesInFiguresWithTheMapOfFrance() {
        open("/statistiques");
        drawn("map-chart svg path");
        drawn("#filieres bar-chart canvas");
        int byRegion = browser.findElements(By.cssSelector("#table-regions tbody td")).stream()
                .mapToInt(cell -> Integer.parseInt(cell.getText().replaceAll("\\D", ""))).sum();
        assertThat(find("#figure-campuses").getText()).isEqualTo(String.valueOf(byRegion));
        followFrom(find("#table-regions a"));
        assertThat(browser.getCurrentUrl()).contains("/campus?region=");
        open("/statistiques");
        checkAccessibility("statistiques");
        checkNarrow("statistiques");
    }

    private void drawn(String selector) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.cssSelector(selector)).isEmpty());
    }
}
