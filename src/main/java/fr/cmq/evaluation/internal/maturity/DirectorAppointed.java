package fr.cmq.evaluation.internal.maturity;

/** Niveau 2: the directeur opérationnel is appointed, with a lettre de mission, and has an account. */
final class DirectorAppointed implements MaturityRule {

    @Override
    public int level() {
        return 2;
    }

    @Override
    public boolean metBy(MaturityFacts facts) {
        return facts.missionLetter() && facts.directorAccount();
    }
}
