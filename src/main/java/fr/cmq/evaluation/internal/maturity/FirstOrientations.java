package fr.cmq.evaluation.internal.maturity;

/** Niveau 1: first strategic orientations, as objectives of the plan. */
final class FirstOrientations implements MaturityRule {

    @Override
    public int level() {
        return 1;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.objectives() > 0;
    }
}
