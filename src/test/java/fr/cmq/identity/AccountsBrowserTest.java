package fr.cmq.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.TestMailServer;

/** The administration's accounts screens, the invited person's first password, and the forgotten one, with axe. */
class AccountsBrowserTest extends BrowserTestSupport {

    private static final Pattern LINK = Pattern.compile("/mot-de-passe\\?jeton=[A-Za-z0-9_-]{43}");

    @Test
    void theAdministrationInvitesAPilotWhoChoosesItsPassword() {
        signIn(DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        followFrom(find("a.fr-nav__link[href='/comptes']"));
        assertThat(find("#accounts").getText()).contains(DemoAccount.DIRECTEUR.email);
        checkAccessibility("comptes");
        checkNarrow("comptes");

        followFrom(find("a[href='/comptes/inviter']"));
        followFrom(find("#invite button[type=submit]"));
        assertThat(find("#email-error").getText()).contains("adresse électronique");
        checkAccessibility("comptes-inviter-erreurs");

        find("#email").sendKeys("pilote.bretagne@cmq.test");
        find("#displayName").sendKeys("Pilote académique de Rennes");
        new Select(find("#role")).selectByValue("PILOTE_ACADEMIQUE");
        new Select(find("#academieCode")).selectByVisibleText("Rennes");
        followFrom(find("#invite button[type=submit]"));
        assertThat(find("#done").getText()).contains("pilote.bretagne@cmq.test");
        assertThat(find("#grants").getText()).contains("Pilote académique", "Académie Rennes");
        checkAccessibility("compte");
        signOut();

        open(linkSentTo("pilote.bretagne@cmq.test"));
        assertThat(find("h1").getText()).contains("choisissez votre mot de passe");
        checkAccessibility("mot-de-passe-invitation");
        find("#motDePasse").sendKeys("la mer est calme à Saint-Malo");
        find("#confirmation").sendKeys("la mer est calme à Saint-Malo");
        followFrom(find("#choose-password button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/espace");
        signOut();
    }

    @Test
    void aForgottenPasswordIsAskedFromTheSignInPage() {
        open("/connexion");
        followFrom(find("#forgotten"));
        checkAccessibility("mot-de-passe-oublie");
        find("#email").sendKeys(DemoAccount.CHEF_ETABLISSEMENT.email);
        followFrom(find("#forgotten-password button[type=submit]"));
        assertThat(find("#asked").getText()).contains("Si un compte correspond à cette adresse");
        checkAccessibility("mot-de-passe-oublie-demande");
        open(linkSentTo(DemoAccount.CHEF_ETABLISSEMENT.email));
        assertThat(find("h1").getText()).isEqualTo("Choisir un nouveau mot de passe");
    }

    @Test
    void aDirectorCreatesATokenOnItsOwnPageAndSeesItOnce() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        followFrom(find(".fr-header__tools a[href='/mon-compte']"));
        assertThat(find("#grants").getText()).contains("Directeur opérationnel");
        assertThat(find("#no-tokens").getText()).contains("aucun jeton");
        checkAccessibility("mon-compte");
        checkNarrow("mon-compte");

        find("#nom").sendKeys("Export vers l’ENT");
        find("label[for='acces-ecriture']").click();
        followFrom(find("#create-token button[type=submit]"));
        assertThat(find("#secret").getAttribute("value")).startsWith("cmq_");
        assertThat(find("#tokens").getText()).contains("Export vers l’ENT", "Lecture et écriture", "Actif");
        checkAccessibility("mon-compte-jeton-cree");

        find("#motDePasseActuel").sendKeys("pas le bon");
        find("#change-password #motDePasse").sendKeys("une phrase assez longue");
        find("#change-password #confirmation").sendKeys("une phrase assez longue");
        followFrom(find("#change-password button[type=submit]"));
        assertThat(find("#motDePasseActuel-error").getText()).contains("n’est pas celui-ci");
        checkAccessibility("mon-compte-erreur");
        signOut();
    }

    private String linkSentTo(String email) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.receivedBy(email).stream()
                .map(mail -> LINK.matcher(mail.body())).filter(Matcher::find).map(Matcher::group)
                .reduce((first, last) -> last).orElse(null), found -> found != null);
    }
}
