package fr.cmq.campus;

/** The six finalités of a campus, as the texts list them. */
public enum Finalite {
    /** La transformation de la voie professionnelle et son attractivité. */
    ATTRACTIVITE_VOIE_PRO,
    /** L'élévation du niveau de qualification et de compétences des élèves, apprentis, étudiants et stagiaires. */
    ELEVATION_QUALIFICATION,
    /** L'amélioration de leur insertion professionnelle. */
    INSERTION_PROFESSIONNELLE,
    /** Le développement des liens entre établissements de formation et entreprises. */
    LIENS_ENTREPRISES,
    /** La visibilité de l'ensemble des partenaires. */
    VISIBILITE_PARTENAIRES,
    /** Le développement socio-économique du territoire dans un secteur déterminé. */
    DEVELOPPEMENT_TERRITOIRE
}
