package fr.cmq.evaluation;

/** The groups of the network a questionnaire is put to, each answering anonymously by its own link. */
public enum Audience {
    EQUIPE, PERSONNELS, ENSEIGNANTS, APPRENANTS, ENTREPRISES
}
