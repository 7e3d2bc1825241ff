package fr.cmq.evaluation.internal.maturity;

/** Niveau 4: external recognition as an actor of regional economic development: a label in force in the catégorie Excellence. */
final class ExternalRecognition implements MaturityRule {

    @Override
    public int level() {
        return 4;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.excellenceInForce();
    }
}
