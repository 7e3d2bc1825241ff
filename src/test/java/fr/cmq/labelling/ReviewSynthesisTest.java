package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Per criterion, each expert's score, the mean, the spread, and a divergence from two steps apart. */
class ReviewSynthesisTest {

    private static Answer answer(String code) {
        return new Answer(new Criterion(code, "Critère " + code, null, null, null), null, List.of(), List.of());
    }

    private static Review review(String name, Verdict verdict, Map<String, Integer> scores) {
        var given = new java.util.TreeMap<String, Review.Score>();
        scores.forEach((code, value) -> given.put(code, new Review.Score(value, null)));
        return new Review(1, name, ExpertCollege.ETAT_COLLECTIVITES, null, given, "Rapport", verdict, null);
    }

    @Test
    void theScoresAreSetSideBySide() {
        var synthesis = ReviewSynthesis.of(List.of(answer("C01"), answer("C02"), answer("C03")), List.of(
                review("Isabelle Roux", Verdict.FAVORABLE, Map.of("C01", 3, "C02", 1)),
                review("Paul Durand", Verdict.RESERVE, Map.of("C01", 4, "C02", 3))));
        assertThat(synthesis.experts()).containsExactly("Isabelle Roux", "Paul Durand");
        assertThat(synthesis.verdicts()).containsExactly(Verdict.FAVORABLE, Verdict.RESERVE);
        var c01 = synthesis.rows().get(0);
        assertThat(c01.scores()).containsExactly(3, 4);
        assertThat(c01.mean()).isEqualTo(3.5);
        assertThat(c01.spread()).isEqualTo(1);
        assertThat(c01.divergent()).isFalse();
        assertThat(synthesis.rows().get(1).divergent()).as("1 and 3: two steps apart").isTrue();
        var c03 = synthesis.rows().get(2);
        assertThat(c03.mean()).as("nobody scored it").isNull();
        assertThat(c03.spread()).isNull();
        assertThat(synthesis.empty()).isFalse();
    }
}
