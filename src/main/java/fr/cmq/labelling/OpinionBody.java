package fr.cmq.labelling;

/** The regional bodies whose avis the candidature needs. */
public enum OpinionBody {
    /** Conseil académique de l'Éducation nationale. */
    CAEN,
    /** Comité régional de l'emploi, de la formation et de l'orientation professionnelles. */
    CREFOP
}
