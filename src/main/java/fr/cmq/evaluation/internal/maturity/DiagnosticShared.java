package fr.cmq.evaluation.internal.maturity;

/** Niveau 1: the first strategic orientations come from an initial diagnostic. */
final class DiagnosticShared implements MaturityRule {

    @Override
    public int level() {
        return 1;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.diagnostic();
    }
}
