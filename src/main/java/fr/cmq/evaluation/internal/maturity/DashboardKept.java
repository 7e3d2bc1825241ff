package fr.cmq.evaluation.internal.maturity;

/** Niveau 3: what is done is traced in a tableau de bord: an indicator measured this year. */
final class DashboardKept implements MaturityRule {

    @Override
    public int level() {
        return 3;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.measuredThisYear() > 0;
    }
}
