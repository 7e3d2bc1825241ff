package fr.cmq.evaluation.internal.maturity;

/**
 * Niveau 4: external recognition as an actor of regional economic development: a label in force in the catégorie
 * Excellence, or a published external evaluation favourable overall and on the campus's economic opportunity.
 */
final class ExternalRecognition implements MaturityRule {

    @Override
    public int level() {
        return 4;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.excellenceInForce() || facts.recognisedByExperts();
    }
}
