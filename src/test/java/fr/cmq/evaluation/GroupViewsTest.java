package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The small-group rule (fewer than five answers: never shown) and the divergence rule (two readings two steps apart). */
class GroupViewsTest {

    @Test
    void theMedianIsTheMiddleAnswerOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(GroupViews.median(new int[] { 1, 1, 1, 2 }, 5)).isEqualTo(3.0);
        assertThat(GroupViews.median(new int[] { 3, 0, 0, 3 }, 6)).isEqualTo(2.5);
        assertThat(GroupViews.median(new int[] { 0, 0, 0, 5 }, 5)).isEqualTo(4.0);
    }

    @Test
    void aGroupOfFourAnswersIsNeverShownAndCountsForNoDivergence() {
        var views = GroupViews.of("1.1.1", 4, Map.of(Audience.APPRENANTS, new int[] { 4, 0, 0, 0 }));
        var learners = views.views().get(0);
        assertThat(learners.shown()).isFalse();
        assertThat(learners.counts()).isNull();
        assertThat(learners.median()).isNull();
        assertThat(learners.answers()).isEqualTo(4);
        assertThat(views.divergent()).as("a hidden group says nothing").isFalse();
    }

    @Test
    void aGroupTwoStepsFromTheTeamDiverges() {
        var views = GroupViews.of("1.1.1", 4, Map.of(Audience.APPRENANTS, new int[] { 1, 4, 0, 0 }));
        assertThat(views.views().get(0).median()).isEqualTo(2.0);
        assertThat(views.divergent()).isTrue();
    }

    @Test
    void twoGroupsTwoStepsApartDivergeEvenWithoutTheTeamsPosition() {
        var views = GroupViews.of("1.1.1", null, Map.of(Audience.APPRENANTS, new int[] { 5, 0, 0, 0 },
                Audience.ENTREPRISES, new int[] { 0, 0, 5, 0 }));
        assertThat(views.divergent()).isTrue();
        assertThat(views.views()).extracting(GroupViews.View::audience)
                .containsExactly(Audience.APPRENANTS, Audience.ENTREPRISES);
    }

    @Test
    void readingsOneStepApartDoNotDiverge() {
        var views = GroupViews.of("1.1.1", 3, Map.of(Audience.ENSEIGNANTS, new int[] { 0, 3, 2, 0 },
                Audience.PERSONNELS, new int[] { 0, 0, 3, 3 }));
        assertThat(views.divergent()).isFalse();
    }
}
