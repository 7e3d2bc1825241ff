package fr.cmq.evaluation.internal.maturity;

/** Niveau 1: the future actors commit: at least two organisations are active members of the network. */
final class NetworkCommitted implements MaturityRule {

    @Override
    public int level() {
        return 1;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.activeMembers() >= 2;
    }
}
