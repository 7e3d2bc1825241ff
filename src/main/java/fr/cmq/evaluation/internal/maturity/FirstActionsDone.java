package fr.cmq.evaluation.internal.maturity;

/** Niveau 3: first actions attributable to the campus are done. */
final class FirstActionsDone implements MaturityRule {

    @Override
    public int level() {
        return 3;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.actionsDone() > 0;
    }
}
