package fr.cmq.campus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

class CampusTeamBrowserTest extends BrowserTestSupport {

    @Test
    void aDirectorAddsAMemberByUaiEditsThePresentationAndSeesItInTheHistory() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1");
        followFrom(find("#manage-network"));
        checkAccessibility("reseau");

        find("#q").sendKeys("0940176F");
        followFrom(find("#find-establishment button[type=submit]"));
        assertThat(find("#found").getText()).contains("Ecole élémentaire Robert Doisneau");
        new Select(find("#found select")).selectByValue("ASSOCIATION");
        followFrom(find("#found button[type=submit]"));
        assertThat(find(".fr-alert--success").getText()).isEqualTo("« 0940176F » a rejoint le réseau.");
        assertThat(find("#members").getText()).contains("Ecole élémentaire Robert Doisneau (0940176F)");

        open("/campus/1");
        followFrom(find("#edit-campus"));
        checkAccessibility("campus-modifier");
        find("#presentation").clear();
        find("#presentation").sendKeys("Nouvelle présentation du campus Énergie et maintenance.");
        find("#website").clear();
        find("#website").sendKeys("pas une adresse");
        followFrom(find("#profile-form button[type=submit]"));
        assertThat(find("#website-error").getText()).isEqualTo("L'adresse du site doit commencer par http:// ou https://");
        assertThat(find("#presentation").getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Nouvelle présentation du campus Énergie et maintenance.");
        checkAccessibility("campus-modifier-erreurs");

        find("#website").clear();
        find("#website").sendKeys("https://energie.campus.example");
        followFrom(find("#profile-form button[type=submit]"));
        assertThat(find("#presentation").getText()).isEqualTo("Nouvelle présentation du campus Énergie et maintenance.");

        followFrom(find("#campus-history"));
        assertThat(find("#history").getText()).contains("Modification").contains("présentation")
                .contains("Nouvelle présentation du campus Énergie et maintenance.").contains("Ajout au réseau")
                .contains(DemoAccount.DIRECTEUR.email);
        checkAccessibility("campus-historique");
        signOut();
    }

    @Test
    void aDirectorKeepsGovernanceSitesAndDocuments() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1");
        checkAccessibility("campus-equipe");
        followFrom(find("#campus-governance"));
        assertThat(find("main").getText()).contains("Comité de pilotage du campus").contains("Camille Laurent")
                .contains("Plan d'actions adopté");
        checkAccessibility("gouvernance");
        followFrom(find("#instance-form button[type=submit]"));
        assertThat(find("#kind-error").getText()).isEqualTo("Choisissez le type d'instance.");
        checkAccessibility("gouvernance-erreurs");
        new Select(find("#kind")).selectByValue("ASSEMBLEE_GENERALE");
        find("#name").sendKeys("Assemblée générale du campus");
        followFrom(find("#instance-form button[type=submit]"));
        assertThat(find(".fr-alert--success").getText()).isEqualTo("L'instance est ajoutée.");
        followFrom(find("a[title='Enregistrer une réunion de Assemblée générale du campus']"));
        checkAccessibility("gouvernance-reunion");

        open("/campus/1/sites");
        assertThat(browser.getTitle()).isEqualTo("Énergie et maintenance — Sites du campus — Campus des métiers et des qualifications");
        checkAccessibility("sites");
        open("/campus/1/documents");
        checkAccessibility("documents");
        assertThat(browser.findElements(By.id("missionLetter-form"))).as("the pilots record it").isEmpty();
        assertThat(browser.findElements(By.id("convention-form"))).hasSize(1);
        signOut();
    }

    @Test
    void anotherDirectorCannotOpenTheEditPage() {
        signIn(DemoAccount.DIRECTEUR_BOIS.email, DemoAccount.PASSWORD);
        open("/campus/1/modifier");
        assertThat(find("h1").getText()).isEqualTo("Accès refusé");
        open("/campus/1");
        assertThat(browser.findElements(By.id("edit-campus"))).isEmpty();
        open("/campus/2");
        assertThat(browser.findElements(By.id("edit-campus"))).hasSize(1);
        signOut();
    }

    @Test
    void theLastEpleCannotLeaveTheNetwork() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        open("/campus/10/reseau");
        followFrom(find("#members a.fr-btn"));
        assertThat(find("h1").getText()).isEqualTo("Retirer « Lycée agricole de Rennes » du réseau ?");
        checkAccessibility("reseau-depart");
        followFrom(find("#leave-form button[type=submit]"));
        assertThat(find("#refusal").getText()).contains("est le dernier EPLE du réseau");
        assertThat(find("#members").getText()).contains("Lycée agricole de Rennes");
        signOut();
    }
}
