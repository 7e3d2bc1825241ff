package fr.cmq.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cmq.labelling.Verdict;

/** The gap rule: the experts' position minus the team's; two steps or more apart is marked; averages per domain. */
class ComparisonTest {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void aGapOfTwoStepsIsMarkedOneIsOnlyAGapAndAnUnansweredReferenceHasNone() {
        var comparison = Comparison.of(framework(), self(Map.of("1.1.1", 4, "1.1.2", 2, "1.1.3", 3)),
                external(Map.of("1.1.1", 2, "1.1.2", 3)));

        var lines = comparison.lines();
        assertThat(lines.get(0).gap()).isEqualTo(-2);
        assertThat(lines.get(0).marked()).isTrue();
        assertThat(lines.get(1).gap()).isEqualTo(1);
        assertThat(lines.get(1).differs()).isTrue();
        assertThat(lines.get(1).marked()).isFalse();
        assertThat(lines.get(2).gap()).as("no external position").isNull();
        assertThat(lines.get(2).marked()).isFalse();

        var domain = comparison.domains().get(0);
        assertThat(domain.self()).isEqualByComparingTo(new BigDecimal("3.0"));
        assertThat(domain.external()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(domain.gaps()).isEqualTo(2);
        assertThat(domain.marked()).isEqualTo(1);
        assertThat(domain.verdict()).isEqualTo(Verdict.RESERVE);
        assertThat(domain.selfPercent()).isEqualTo(75);
        assertThat(domain.externalPercent()).isEqualTo(63);
    }

    @Test
    void aDomainWithoutAnyPositionHasNoAverageAndAnEmptyBar() {
        var comparison = Comparison.of(framework(), self(Map.of()), external(Map.of()));
        assertThat(comparison.domains().get(0).self()).isNull();
        assertThat(comparison.domains().get(0).selfPercent()).isZero();
    }

    private static Framework framework() {
        var references = List.of("1.1.1", "1.1.2", "1.1.3").stream()
                .map(code -> new Framework.Reference(code, "Référence " + code, "Critères", "Attendu", null, List.of(),
                        List.of()))
                .toList();
        return new Framework(1, "t-1", "Essai", AT, List.of(new Framework.Domain(1, "Pilotage",
                List.of(new Framework.Field("1.1", "Instances", references)))));
    }

    private static SelfAssessment self(Map<String, Integer> positions) {
        var answers = new java.util.HashMap<String, SelfAssessment.Answer>();
        positions.forEach((code, position) -> answers.put(code, new SelfAssessment.Answer(code, position, null,
                List.of(), 1, AT, "do@cmq.test")));
        return new SelfAssessment(1, 1, 1, "t-1", SelfAssessmentState.SOUMISE, AT, "do@cmq.test", AT, 1, answers,
                List.of(), Map.of());
    }

    private static ExternalEvaluation external(Map<String, Integer> positions) {
        var written = new java.util.HashMap<String, ExternalEvaluation.Position>();
        positions.forEach((code, position) -> written.put(code, new ExternalEvaluation.Position(code, position, null,
                1, AT, "expert@cmq.test")));
        return new ExternalEvaluation(1, 1, 1, ExternalEvaluationState.PUBLIEE, List.of(), written,
                Map.of(1, new ExternalEvaluation.DomainVerdict(1, Verdict.RESERVE, "À structurer", 1, AT,
                        "expert@cmq.test")),
                Verdict.RESERVE, "À structurer", AT, AT, 3, false);
    }
}
