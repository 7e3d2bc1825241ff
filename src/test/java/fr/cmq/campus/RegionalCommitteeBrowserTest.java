package fr.cmq.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

/** The Grand Est's comité d'orientation stratégique, reached from the workspace, kept by its pilot, read by a director. */
class RegionalCommitteeBrowserTest extends BrowserTestSupport {

    @Test
    void thePilotRecordsAMeetingAndARepresentativeTheDirectorReadsThem() {
        signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        open("/espace");
        followFrom(find("#my-committees a"));
        assertThat(find("h1").getText()).contains("Grand Est");
        assertThat(find("#campus-offices").getText()).contains("Énergie et maintenance");
        checkAccessibility("comite-regional");
        checkNarrow("comite-regional");

        followFrom(find("a[href$='/comites/44/representants']"));
        new Select(find("#filiereCode")).selectByValue("BATIMENT");
        find("#personName").sendKeys("Lucie Hoffmann");
        find("#organisation").sendKeys("Fédération du bâtiment de Moselle");
        checkAccessibility("comite-representant");
        followFrom(find("#representative-form button[type=submit]"));
        assertThat(find("#representatives").getText()).contains("Lucie Hoffmann");

        followFrom(find("a[href$='/comites/44/reunions']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find("#heldOn"),
                LocalDate.now().plusMonths(1).toString());
        find("#agenda").sendKeys("Point d'étape des plans d'action");
        checkAccessibility("comite-reunion");
        followFrom(find("#committee-meeting-form button[type=submit]"));
        assertThat(find("#committee-meetings").getText()).contains("Point d'étape des plans d'action").containsIgnoringCase("Prévue");

        signOut();
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/espace");
        followFrom(find("#my-committees a"));
        assertThat(find("#representatives").getText()).contains("Lucie Hoffmann");
        assertThat(browser.findElements(By.cssSelector("#named-seats-form"))).isEmpty();
        checkAccessibility("comite-regional-lecture");
    }
}
