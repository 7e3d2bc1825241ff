package fr.cmq.evaluation.internal.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.cmq.evaluation.SelfAssessmentState;

/** Each rule of the ladder alone: met by the one fact it names, and not without it. */
class MaturityRulesTest {

    /** A campus that meets every rule; each test takes one fact away. */
    static final MaturityFacts ALL = new MaturityFacts(true, 3, 12, 2, true, true, true, 8, 3, 4, true,
            SelfAssessmentState.EVALUEE, true, true);
    static final MaturityFacts NOTHING = new MaturityFacts(false, 0, 0, 0, false, false, false, 0, 0, 0, false, null,
            false, false);

    @Test
    void diagnosticShared() {
        assertMetOnlyWith(new DiagnosticShared(), 1, facts(true, 0, 0, 0, false, false, false, 0, 0, 0, false, null));
        assertThat(new DiagnosticShared().metBy(facts(false, 3, 12, 2, true, true, true, 8, 3, 4, true,
                SelfAssessmentState.EVALUEE))).isFalse();
    }

    @Test
    void firstOrientations() {
        assertMetOnlyWith(new FirstOrientations(), 1, facts(false, 1, 0, 0, false, false, false, 0, 0, 0, false, null));
    }

    @Test
    void networkCommittedAsksTwoActiveMembers() {
        var rule = new NetworkCommitted();
        assertMetOnlyWith(rule, 1, facts(false, 0, 2, 0, false, false, false, 0, 0, 0, false, null));
        assertThat(rule.metBy(facts(false, 0, 1, 0, false, false, false, 0, 0, 0, false, null))).isFalse();
    }

    @Test
    void instancesInPlace() {
        assertMetOnlyWith(new InstancesInPlace(), 2, facts(false, 0, 0, 1, false, false, false, 0, 0, 0, false, null));
    }

    @Test
    void conventionSigned() {
        assertMetOnlyWith(new ConventionSigned(), 2, facts(false, 0, 0, 0, true, false, false, 0, 0, 0, false, null));
    }

    @Test
    void directorAppointedAsksTheLetterAndTheAccount() {
        var rule = new DirectorAppointed();
        assertMetOnlyWith(rule, 2, facts(false, 0, 0, 0, false, true, true, 0, 0, 0, false, null));
        assertThat(rule.metBy(facts(false, 0, 0, 0, false, true, false, 0, 0, 0, false, null))).isFalse();
        assertThat(rule.metBy(facts(false, 0, 0, 0, false, false, true, 0, 0, 0, false, null))).isFalse();
    }

    @Test
    void firstActionPlan() {
        assertMetOnlyWith(new FirstActionPlan(), 2, facts(false, 0, 0, 0, false, false, false, 1, 0, 0, false, null));
    }

    @Test
    void budgetFunded() {
        assertMetOnlyWith(new BudgetFunded(), 2, facts(false, 0, 0, 0, false, false, false, 0, 0, 0, true, null));
    }

    @Test
    void selfAssessmentDefinedOnceOneIsOpened() {
        var rule = new SelfAssessmentDefined();
        assertMetOnlyWith(rule, 2, facts(false, 0, 0, 0, false, false, false, 0, 0, 0, false,
                SelfAssessmentState.EN_COURS));
    }

    @Test
    void firstActionsDone() {
        assertMetOnlyWith(new FirstActionsDone(), 3, facts(false, 0, 0, 0, false, false, false, 0, 1, 0, false, null));
    }

    @Test
    void dashboardKept() {
        assertMetOnlyWith(new DashboardKept(), 3, facts(false, 0, 0, 0, false, false, false, 0, 0, 1, false, null));
    }

    @Test
    void selfAssessmentCarriedOutOnceSubmitted() {
        var rule = new SelfAssessmentCarriedOut();
        assertMetOnlyWith(rule, 3, facts(false, 0, 0, 0, false, false, false, 0, 0, 0, false,
                SelfAssessmentState.SOUMISE));
        assertThat(rule.metBy(facts(false, 0, 0, 0, false, false, false, 0, 0, 0, false, SelfAssessmentState.EVALUEE)))
                .isTrue();
        assertThat(rule.metBy(facts(false, 0, 0, 0, false, false, false, 0, 0, 0, false, SelfAssessmentState.EN_COURS)))
                .isFalse();
    }

    @Test
    void externalRecognition() {
        assertMetOnlyWith(new ExternalRecognition(), 4, new MaturityFacts(false, 0, 0, 0, false, false, false, 0, 0, 0,
                false, null, true, false));
        assertMetOnlyWith(new ExternalRecognition(), 4, new MaturityFacts(false, 0, 0, 0, false, false, false, 0, 0, 0,
                false, null, false, true));
    }

    private static void assertMetOnlyWith(MaturityRule rule, int level, MaturityFacts withTheFact) {
        assertThat(rule.level()).isEqualTo(level);
        assertThat(rule.metBy(withTheFact)).as(rule.name() + " with its fact").isTrue();
        assertThat(rule.metBy(NOTHING)).as(rule.name() + " without any fact").isFalse();
        assertThat(rule.metBy(ALL)).isTrue();
    }

    private static MaturityFacts facts(boolean diagnostic, int objectives, int members, int instancesMet,
            boolean convention, boolean letter, boolean account, int actions, int done, int measured, boolean funded,
            SelfAssessmentState selfAssessment) {
        return new MaturityFacts(diagnostic, objectives, members, instancesMet, convention, letter, account, actions,
                done, measured, funded, selfAssessment, false, false);
    }
}
