package fr.cmq.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import fr.cmq.training.FormationMother;

class OfferLinesTest {

    @Test
    void eachFormationIsALineOfItsLevelWithItsMemberTownAndStatuses() {
        var lines = OfferLines.byLevel(List.of(FormationMother.formation(7, 1, 2, "CAP Électricien", 0)), messages());

        assertThat(lines).containsOnlyKeys("CAP (niveau 3)");
        assertThat(lines.values()).containsExactly("<li><a href=\"/formations/7\">CAP Électricien</a>"
                + "<span> — Lycée Camille Claudel</span><span>, Thionville</span>"
                + "<span class=\"fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1w\">Scolaire</span>"
                + "<span class=\"fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1w\">Apprentissage</span></li>");
    }

    @Test
    void whatItsAuthorsWroteIsEscaped() {
        var lines = OfferLines.byLevel(List.of(FormationMother.formation(7, 1, 2, "<img src=x onerror=alert(1)>", 0)),
                messages());

        assertThat(String.join("", lines.values())).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("learnerstatus.SCOLAIRE", Locale.FRANCE, "Scolaire");
        messages.addMessage("learnerstatus.APPRENTISSAGE", Locale.FRANCE, "Apprentissage");
        return messages;
    }
}
