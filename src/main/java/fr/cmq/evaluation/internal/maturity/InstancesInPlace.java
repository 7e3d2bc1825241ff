package fr.cmq.evaluation.internal.maturity;

/** Niveau 2: the instances of steering and management are officially in place: one has met. */
final class InstancesInPlace implements MaturityRule {

    @Override
    public int level() {
        return 2;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.instancesMet() > 0;
    }
}
