package fr.cmq.campus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.campus.LabelDecided;

/** A campus takes the newest label it is granted, whatever order the arrêtés reach it in. */
class CampusLabelTest {

    private static final LocalDate START = LocalDate.of(2022, 9, 1);

    @Test
    void aNewLabelIsTakenWhole() {
        var campus = new CampusEntity("Campus", "BATIMENT", Category.CMQ);
        campus.setStatus(CampusStatus.PROJET);

        assertThat(campus.labelled(decision(START, Category.EXCELLENCE))).isTrue();

        assertThat(campus.getStatus()).isEqualTo(CampusStatus.LABELLISE);
        assertThat(campus.getLabelStart()).isEqualTo(START);
        assertThat(campus.getLabelEnd()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void theArreteBehindTheLabelHeldAddsItsReferenceAndKeepsTheStatus() {
        var campus = labelledIn(START);
        campus.setStatus(CampusStatus.EN_RENOUVELLEMENT);

        assertThat(campus.labelled(decision(START, Category.CMQ))).isTrue();

        assertThat(campus.getStatus()).isEqualTo(CampusStatus.EN_RENOUVELLEMENT);
        assertThat(campus.getLabelStart()).isEqualTo(START);
    }

    @Test
    void anOlderLabelArrivingLateChangesNothing() {
        var campus = labelledIn(START.plusYears(5));

        assertThat(campus.labelled(decision(START, Category.CMQ))).isFalse();

        assertThat(campus.getLabelStart()).isEqualTo(START.plusYears(5));
        assertThat(campus.getLabelEnd()).isEqualTo(START.plusYears(10).minusDays(1));
    }

    private static CampusEntity labelledIn(LocalDate start) {
        var campus = new CampusEntity("Campus", "BATIMENT", Category.CMQ);
        campus.labelled(decision(start, Category.CMQ));
        return campus;
    }

    private static LabelDecided decision(LocalDate start, Category category) {
        return new LabelDecided(1, category, start, start.plusYears(5).minusDays(1), "MENE2200001A", start.minusMonths(3));
    }
}
