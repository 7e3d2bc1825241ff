package fr.cmq.evaluation.internal.maturity;

/** Niveau 2: the elements of the self-evaluation and its process are defined: one is opened on a référentiel. */
final class SelfAssessmentDefined implements MaturityRule {

    @Override
    public int level() {
        return 2;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.selfAssessment() != null;
    }
}
