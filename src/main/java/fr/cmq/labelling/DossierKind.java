package fr.cmq.labelling;

/** What a dossier asks for: a first label, its renewal, or the catégorie Excellence. */
public enum DossierKind {
    CREATION, RENOUVELLEMENT, EXCELLENCE
}
