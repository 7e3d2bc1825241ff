package fr.cmq.evaluation.internal.maturity;

/** Niveau 2: a status is chosen, the necessary conventions signed. */
final class ConventionSigned implements MaturityRule {

    @Override
    public int level() {
        return 2;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.convention();
    }
}
