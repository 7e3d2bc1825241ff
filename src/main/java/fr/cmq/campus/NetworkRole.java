package fr.cmq.campus;

/** The part an organisation plays in a campus's network. */
public enum NetworkRole {
    MEMBRE, PARTENAIRE, TETE_DE_RESEAU
}
