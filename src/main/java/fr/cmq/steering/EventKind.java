package fr.cmq.steering;

/** What kind of event a campus organises, as the texts name them. */
public enum EventKind {
    HACKATHON,
    CONCOURS,
    JOURNEE_RECRUTEMENT,
    /** Discovery of the trades, from the 4e. */
    DECOUVERTE_METIERS,
    FORMATION_ENSEIGNANTS,
    MOBILITE_ERASMUS,
    /** Travaux tutorés inter-niveaux, with juries of professionals. */
    TRAVAUX_TUTORES,
    PORTES_OUVERTES,
    AUTRE
}
