package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.cmq.shared.test.BrowserTestSupport;
import fr.cmq.shared.test.DemoAccount;

/**
 * The director engages the campus's self-evaluation from its maturity, answers a référence of a domain with the
 * keyboard-reachable controls of the page, and finds the progress and the next step; each page passes the
 * accessibility checks and fits a small phone.
 */
class SelfAssessmentBrowserTest extends BrowserTestSupport {

    @Test
    void theDirectorEngagesTheSelfEvaluationAndAnswersAReference() {
        signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        open("/campus/1");
        followFrom(find("#maturity-link"));
        assertThat(find("#maturity-summary").getText()).contains("Niveau 1 atteint").contains("aucune auto-évaluation engagée");
        assertThat(find("#maturity-rules").getText()).contains("la convention constitutive est signée");
        checkAccessibility("maturite");

        open("/campus/1");
        followFrom(find("#self-assessment-link"));
        assertThat(find("#no-assessment").getText()).contains("Aucune auto-évaluation");
        followFrom(find("#open-form button[type=submit]"));
        assertThat(find("#assessment-state").getText()).isEqualToIgnoringCase("En cours");
        assertThat(find("#progress").getText()).contains("Domaine 1 — Pilotage, organisation, suivi des activités")
                .contains("0 sur 6");
        checkAccessibility("auto-evaluation");

        followFrom(find("#progress a[href$='/domaines/1']"));
        checkAccessibility("auto-evaluation-domaine");
        checkNarrow("auto-evaluation-domaine");
        var reference = find("#ref-1-1-2");
        assertThat(reference.getText()).contains("Convention signée par les membres fondateurs");
        reference.findElement(By.cssSelector("label[for='fact-1-1-2-CONVENTION']")).click();
        reference.findElement(By.cssSelector("label[for='position-1-1-2-3']")).click();
        reference.findElement(By.id("comment-1-1-2")).sendKeys("Convention signée en 2024 par les neuf membres.");
        followFrom(reference.findElement(By.cssSelector("button[type=submit]")));

        assertThat(find("#answer-saved").getText()).contains("La réponse à la référence 1.1.2 est enregistrée");
        assertThat(browser.findElement(By.id("position-1-1-2-3")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("fact-1-1-2-CONVENTION")).isSelected()).isTrue();
        open("/espace");
        assertThat(find("main").getText()).contains("Poursuivre l’auto-évaluation du campus Énergie et maintenance : 1 sur 30"
                .replace('’', '\''));
    }
}
