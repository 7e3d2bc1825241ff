package fr.cmq.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

/** Each of the seven roles signs in and finds, at /espace, its own home: what it runs, what to do, where to go. */
class WorkspaceBrowserTest extends BrowserTestSupport {

    private static final List<String> MANAGEMENT_PAGES = List.of("/campus/1", "/campus/1/modifier",
            "/campus/1/reseau", "/campus/1/sites", "/campus/1/gouvernance", "/campus/1/plan", "/campus/1/tableau-de-bord",
            "/campus/1/budget", "/campus/1/offre", "/campus/1/evenements", "/dossiers", "/campus/1/documents",
            "/campus/1/historique");

    @Test
    void theCampusTeamSeesItsCampusEveryManagementPageAndWhatIsMissing() {
        for (var team : List.of(DemoAccount.DIRECTEUR, DemoAccount.CHEF_ETABLISSEMENT)) {
            signIn(team.email, DemoAccount.PASSWORD);
            assertThat(currentPath()).isEqualTo("/espace");
            assertThat(find("#campus-1 h2").getText()).isEqualTo("Énergie et maintenance");
            assertThat(hrefs("#campus-1 .fr-btns-group a")).containsExactlyElementsOf(MANAGEMENT_PAGES);
            assertThat(find("#campus-1 .cmq-checklist").getText())
                    .contains("Instance de gouvernance constituée", "Établissement support désigné");
            assertThat(find("#tasks").getText()).as("its head of network, a lycée, supports it")
                    .doesNotContain("Désigner l'établissement support").contains("Déposer la convention constitutive du campus Énergie et maintenance")
                    .doesNotContain("Constituer une instance");
            assertThat(browser.findElements(By.id("territory-campuses"))).isEmpty();
            checkAccessibility("espace-" + team.name().toLowerCase());
            signOut();
        }
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        followFrom(find("#tasks a[href='/campus/1/documents']"));
        assertThat(currentPath()).isEqualTo("/campus/1/documents");
        signOut();
    }

    @Test
    void thePilotsSeeTheCampusesOfTheirTerritoryTheNearestLabelEndFirst() {
        signIn(DemoAccount.PILOTE_ACADEMIQUE.email, DemoAccount.PASSWORD);
        assertThat(find("#territory-heading").getText()).endsWith("Nancy-Metz");
        var names = texts("#territory-campuses tbody tr td:first-child");
        assertThat(names).contains("Énergie et maintenance", "Bois").doesNotContain("PatMAT");
        assertThat(labelEnds()).isSorted();
        assertThat(browser.findElements(By.cssSelector("#campus-1"))).as("no campus panel for a pilot").isEmpty();
        checkAccessibility("espace-pilote-academique");
        signOut();

        signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        assertThat(find("#territory-heading").getText()).endsWith("Grand Est");
        assertThat(texts("#territory-campuses tbody tr td:first-child")).containsAll(names);
        followFrom(find("#territory-campuses a"));
        assertThat(currentPath()).startsWith("/campus/");
        signOut();
    }

    @Test
    void theAdministratorSeesNationalCountsAndTheAdministrationPages() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        long counted = texts("#national-counts tbody td:nth-child(2)").stream().mapToLong(Long::parseLong).sum();
        assertThat(find("#national-heading").getText()).startsWith(counted + " campus");
        assertThat(counted).isPositive();
        assertThat(hrefs("#administration-links a")).contains("/admin/imports", "/admin/entreprises", "/campus");
        checkAccessibility("espace-administrateur");
        followFrom(find("#administration-links a[href='/admin/imports']"));
        assertThat(currentPath()).isEqualTo("/admin/imports");
        signOut();
    }

    @Test
    void theExpertSeesTheDossiersItIsToReview() {
        signIn(DemoAccount.EXPERT.email, DemoAccount.PASSWORD);
        assertThat(find("#tasks").getText())
                .contains("Expertiser le dossier du campus Transformation numérique (TransNum) : rapport attendu pour le");
        assertThat(browser.findElements(By.id("nothing-yet"))).isEmpty();
        checkAccessibility("espace-expert");
        signOut();
    }

    @Test
    void aMemberContactKeepsItsOwnOrganisationAndOnlyIt() {
        signIn(DemoAccount.CONTACT_MEMBRE.email, DemoAccount.PASSWORD);
        assertThat(find("#organisation-heading").getText()).isNotBlank();
        followFrom(find("#edit-organisation"));
        assertThat(currentPath()).isEqualTo("/campus/1/reseau/1/coordonnees");
        checkAccessibility("coordonnees-organisation");

        find("#contactName").clear();
        find("#contactName").sendKeys("Nadia Contact");
        find("#contactEmail").clear();
        find("#contactEmail").sendKeys("pas une adresse");
        followFrom(find("#organisation-form button[type=submit]"));
        assertThat(find("#contactEmail-error").getText()).contains("adresse électronique valide");
        assertThat(find("#contactName").getAttribute("value")).isEqualTo("Nadia Contact");
        checkAccessibility("coordonnees-organisation-erreur");

        find("#contactEmail").clear();
        find("#contactEmail").sendKeys("nadia.contact@cmq.test");
        find("#presentation").sendKeys("Nous accueillons des apprentis en maintenance.");
        followFrom(find("#organisation-form button[type=submit]"));
        assertThat(find("#saved").getText()).contains("enregistrées");
        open("/campus/1");
        assertThat(find("#members").getText()).contains("Nous accueillons des apprentis en maintenance.");

        open("/espace");
        assertThat(find("#organisation-heading").findElement(By.xpath("..")).getText()).contains("Nadia Contact");
        open("/campus/1/reseau/2/coordonnees");
        assertThat(find("h1").getText()).containsIgnoringCase("accès");
        open("/campus/1/modifier");
        assertThat(find("h1").getText()).containsIgnoringCase("accès");
        signOut();
    }

    private List<String> hrefs(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(link -> link.getDomAttribute("href"))
                .toList();
    }

    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private List<LocalDate> labelEnds() {
        var format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return texts("#territory-campuses tbody tr td:nth-child(3)").stream()
                .map(text -> text.split("\\s")[0]).filter(date -> !date.equals("—"))
                .map(date -> LocalDate.parse(date, format)).toList();
    }
}
