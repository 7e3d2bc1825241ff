package fr.cmq.steering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.Audience;
import fr.cmq.steering.EventKind;

class AgendaCardTest {

    @Test
    void theCardSaysWhenWhereAndForWhomInFrench() {
        var event = new AgendaEvent(3, 1, "Énergie et maintenance", EventKind.HACKATHON, "Hackathon de l'énergie",
                LocalDateTime.of(2027, 3, 11, 9, 30), LocalDateTime.of(2027, 3, 12, 17, 0), null, "Lycée Colbert",
                "Thionville", List.of(Audience.LYCEENS, Audience.APPRENTIS), List.of(), null,
                "https://example.org/inscription", true, null, null, null, List.of(), 0);

        var card = AgendaCard.of(event, messages());

        assertThat(card.kind()).isEqualTo("Hackathon");
        assertThat(card.when()).isEqualTo("Le jeudi 11 mars 2027 à 09:30, jusqu'au 12 mars 2027 17:00");
        assertThat(card.place()).isEqualTo("Lycée Colbert, Thionville");
        assertThat(card.audiences()).isEqualTo("Pour : Lycéens, Apprentis");
        assertThat(card.registerTitle()).isEqualTo("S'inscrire à Hackathon de l'énergie (nouvelle fenêtre)");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("eventkind.HACKATHON", Locale.FRANCE, "Hackathon");
        messages.addMessage("audience.LYCEENS", Locale.FRANCE, "Lycéens");
        messages.addMessage("audience.APPRENTIS", Locale.FRANCE, "Apprentis");
        messages.addMessage("agenda.when", Locale.FRANCE, "Le {0} à {1}, jusqu''au {2}");
        messages.addMessage("agenda.for", Locale.FRANCE, "Pour : {0}");
        messages.addMessage("agenda.register.title", Locale.FRANCE, "S''inscrire à {0} (nouvelle fenêtre)");
        return messages;
    }
}
