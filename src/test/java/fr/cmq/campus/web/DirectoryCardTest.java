package fr.cmq.campus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.CampusSummary;
import fr.cmq.campus.Category;
import fr.cmq.directory.Filiere;

class DirectoryCardTest {

    @Test
    void theCardSaysTheCampusStatusTerritoryAndLabelInFrench() {
        var card = DirectoryCard.of(new CampusSummary(12, "CMQ-0012", "Énergie et maintenance", new Filiere("ENERGIE", "Énergie"),
                Category.EXCELLENCE, CampusStatus.LABELLISE, "44", "Grand Est", "Nancy-Metz", "Moselle nord",
                LocalDate.of(2029, 8, 31)), messages());

        assertThat(card.excellence()).isEqualTo("Excellence");
        assertThat(card.status()).isEqualTo("Labellisé");
        assertThat(card.filiere()).isEqualTo("Énergie");
        assertThat(card.where()).isEqualTo("Grand Est — Académie : Nancy-Metz");
        assertThat(card.labelUntil()).isEqualTo("Label valable jusqu'au 31/08/2029");
    }

    @Test
    void whatIsUnknownIsLeftOutRatherThanWrittenNull() {
        var card = DirectoryCard.of(new CampusSummary(13, "CMQ-0013", "Projet", new Filiere("BOIS", "Bois"), Category.CMQ,
                CampusStatus.LABELLISE, null, null, null, null, null), messages());

        assertThat(card.excellence()).isNull();
        assertThat(card.where()).isEmpty();
        assertThat(card.labelUntil()).isNull();
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("category.EXCELLENCE", Locale.FRANCE, "Excellence");
        messages.addMessage("status.LABELLISE", Locale.FRANCE, "Labellisé");
        messages.addMessage("campuses.academie.short", Locale.FRANCE, "Académie : {0}");
        messages.addMessage("campuses.label.until", Locale.FRANCE, "Label valable jusqu''au {0}");
        return messages;
    }
}
