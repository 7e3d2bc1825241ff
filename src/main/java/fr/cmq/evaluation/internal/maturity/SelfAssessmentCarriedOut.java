package fr.cmq.evaluation.internal.maturity;

import fr.cmq.evaluation.SelfAssessmentState;

/** Niveau 3: the self-evaluation is carried out: submitted, or evaluated since. */
final class SelfAssessmentCarriedOut implements MaturityRule {

    @Override
    public int level() {
        return 3;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.selfAssessment() == SelfAssessmentState.SOUMISE
                || facts.selfAssessment() == SelfAssessmentState.EVALUEE;
    }
}
