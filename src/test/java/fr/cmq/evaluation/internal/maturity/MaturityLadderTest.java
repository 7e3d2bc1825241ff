package fr.cmq.evaluation.internal.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.cmq.evaluation.Maturity;
import fr.cmq.evaluation.Maturity.RuleResult;
import fr.cmq.evaluation.SelfAssessmentState;

/** A campus climbs a level only when it meets every rule of it and of every level below. */
class MaturityLadderTest {

    @Test
    void aCampusWithEveryFactIsAtTheTop() {
        assertThat(MaturityLadder.climb(MaturityRulesTest.ALL).level()).isEqualTo(4);
        assertThat(MaturityLadder.climb(MaturityRulesTest.NOTHING).level()).isZero();
    }

    @Test
    void aMissingRuleStopsTheClimbWhateverTheLevelsAbove() {
        var noConvention = new MaturityFacts(true, 3, 12, 2, false, true, true, 8, 3, 4, true,
                SelfAssessmentState.EVALUEE, true, false);

        var climb = MaturityLadder.climb(noConvention);

        assertThat(climb.level()).isEqualTo(1);
        var maturity = new Maturity(1, climb.level(), climb.rules(), java.time.Instant.EPOCH, java.util.List.of(),
                false);
        assertThat(maturity.missingForNext()).containsExactly(new RuleResult(2, "ConventionSigned", false));
        assertThat(maturity.metUpToLevel()).extracting(RuleResult::rule)
                .containsExactly("DiagnosticShared", "FirstOrientations", "NetworkCommitted");
    }

    @Test
    void theLevelTwoOfAYoungCampusLacksWhatTheTextsAskOfLevelThree() {
        var governed = new MaturityFacts(true, 2, 6, 1, true, true, true, 4, 0, 0, true, SelfAssessmentState.EN_COURS,
                false, false);

        var climb = MaturityLadder.climb(governed);
        var maturity = new Maturity(1, climb.level(), climb.rules(), java.time.Instant.EPOCH, java.util.List.of(),
                false);

        assertThat(climb.level()).isEqualTo(2);
        assertThat(maturity.missingForNext()).extracting(RuleResult::rule)
                .containsExactly("FirstActionsDone", "DashboardKept", "SelfAssessmentCarriedOut");
    }

    @Test
    void everyRuleIsNamedOnceAndSaidInFrenchBothWays() throws java.io.IOException {
        var messages = new java.util.Properties();
        try (var input = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new java.io.InputStreamReader(input, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(MaturityLadder.ruleNames()).doesNotHaveDuplicates().hasSize(13).allSatisfy(rule -> assertThat(messages)
                .containsKeys("maturity.rule." + rule + ".met", "maturity.rule." + rule + ".missing"));
    }
}
