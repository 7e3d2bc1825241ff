package fr.cmq.steering;

/** Where a campus's money comes from. */
public enum FundingSource {
    REGION,
    ETAT,
    /** France 2030 and the earlier Programmes d'investissements d'avenir. */
    FRANCE_2030,
    ERASMUS_PLUS,
    ENTREPRISES,
    TAXE_APPRENTISSAGE,
    FONDS_PROPRES_MEMBRES,
    AUTRES
}
