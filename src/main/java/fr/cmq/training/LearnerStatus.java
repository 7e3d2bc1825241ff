package fr.cmq.training;

/** Under which status a formation may be followed: the texts' "mixant statuts et publics". */
public enum LearnerStatus {
    SCOLAIRE,
    APPRENTISSAGE,
    FORMATION_CONTINUE,
    VAE
}
