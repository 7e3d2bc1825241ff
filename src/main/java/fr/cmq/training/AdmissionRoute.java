package fr.cmq.training;

/** How a candidate gets into a formation. */
public enum AdmissionRoute {
    PARCOURSUP,
    AFFELNET,
    DIRECT,
    CONTRAT_APPRENTISSAGE
}
