package fr.cmq.campus;

/** What kind of organisation a member of a network is. */
public enum OrganisationType {
    LYCEE, LYCEE_DES_METIERS, COLLEGE, CFA, ENSEIGNEMENT_SUPERIEUR, FORMATION_CONTINUE, LABORATOIRE, ENTREPRISE,
    BRANCHE_OPCO, CLUSTER, ASSOCIATION, COLLECTIVITE, SERVICE_ETAT;

    /** Whether an organisation of this type can be an établissement public local d'enseignement. */
    public boolean canBeEple() {
        return this == LYCEE || this == LYCEE_DES_METIERS || this == COLLEGE;
    }

    /** Whether an organisation of this type is an establishment the Annuaire de l'éducation lists under a UAI. */
    public boolean listedByUai() {
        return canBeEple() || this == CFA || this == ENSEIGNEMENT_SUPERIEUR;
    }
}
