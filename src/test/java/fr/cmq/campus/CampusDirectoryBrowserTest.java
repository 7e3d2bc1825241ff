package fr.cmq.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.cmq.shared.test.BrowserTestSupport;

class CampusDirectoryBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorFindsTheWoodCampusFiltersAndOpensItsPage() {
        open("/");
        followFrom(find("#navigation a[href='/campus']"));
        assertThat(find("#campus-count").getText()).isEqualTo("12 campus trouvés");
        checkAccessibility("campus-annuaire");

        find("#q").sendKeys("bois");
        followFrom(find("#campus-search button[type=submit]"));
        assertThat(find("#campus-count").getText()).isEqualTo("1 campus trouvé");
        assertThat(find("#campus-results").getText()).contains("Bois").contains("Épinal");
        assertThat(currentPath()).contains("q=bois");

        open("/campus");
        new Select(find("#filiere")).selectByValue("TOURISME");
        new Select(find("#region")).selectByValue("24");
        followFrom(find("#campus-search button[type=submit]"));
        assertThat(find("#campus-count").getText()).isEqualTo("1 campus trouvé");
        assertThat(currentPath()).contains("filiere=TOURISME").contains("region=24");
        assertThat(new Select(find("#filiere")).getFirstSelectedOption().getText())
                .as("each filter shows how many campuses it keeps").isEqualTo("Tourisme, gastronomie (1)");
        checkAccessibility("campus-annuaire-filtre");

        followFrom(find("#campus-results a"));
        assertThat(find("h1").getText()).isEqualTo("Patrimoines, métiers d'art et tourisme (PatMAT)");
        assertThat(browser.getTitle()).as("RGAA 8.6: the subject first")
                .isEqualTo("Patrimoines, métiers d'art et tourisme (PatMAT) — Campus des métiers et des qualifications");
        assertThat(find("#members").getText()).contains("Lycée des métiers du patrimoine").contains("Tête de réseau");
        assertThat(browser.findElements(By.id("edit-campus"))).as("the public cannot edit").isEmpty();
        checkAccessibility("campus-page");
    }

    @Test
    void aClickOnTheMapOrOnTheListOfRegionsShowsTheCampusesOfARegion() {
        open("/campus?filiere=MATERIAUX");
        assertThat(find("#region-list").getText()).isEqualTo("Grand Est : 1 campus");
        open("/campus");
        assertThat(find("#region-list").getText()).contains("Grand Est : 3 campus");
        checkAccessibility("annuaire-carte");
        followFrom(find("map-chart path.FR-GES"));
        assertThat(browser.getCurrentUrl()).endsWith("/campus?region=44");
        assertThat(find("#campus-count").getText()).isEqualTo("3 campus trouvés");
        assertThat(find("#campus-results").getText()).contains("Énergie et maintenance").contains("Bois")
                .contains("Matériaux composites et plastiques");
        assertThat(find("#region-list a[aria-current='true']").getText()).startsWith("Grand Est");
        open("/campus?q=bois");
        followFrom(find("#region-list a[data-map-code='GES']"));
        assertThat(browser.getCurrentUrl()).contains("q=bois").contains("region=44");
    }

    @Test
    void aCampusPlacesAreOnTheBaseMapGroupedWhereTheyOverlap() {
        open("/campus/1");
        int places = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return JSON.parse(document.getElementById('places-map').dataset.places).length")).intValue();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(
                By.cssSelector("#places-map .leaflet-tile-loaded")).isEmpty());
        // every place is on the map, alone or counted in the group that holds it
        int shown = browser.findElements(By.cssSelector("#places-map .cmq-pin")).size()
                + browser.findElements(By.cssSelector("#places-map .marker-cluster")).stream()
                        .mapToInt(group -> Integer.parseInt(group.getText().strip())).sum();
        assertThat(shown).isEqualTo(places).isGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector("#places-map .marker-cluster"))).as("places close together")
                .isNotEmpty();
        assertThat(find("#campus-sites-list").getText()).as("the list says it without the map")
                .contains("Plateau technique énergie");
        checkAccessibility("campus-carte");
        checkNothingBlocked("campus-carte");
    }
}
