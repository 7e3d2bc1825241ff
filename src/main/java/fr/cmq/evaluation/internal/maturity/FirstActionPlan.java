package fr.cmq.evaluation.internal.maturity;

/** Niveau 2: a first action plan comes from the strategic orientations. */
final class FirstActionPlan implements MaturityRule {

    @Override
    public int level() {
        return 2;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.actions() > 0;
    }
}
