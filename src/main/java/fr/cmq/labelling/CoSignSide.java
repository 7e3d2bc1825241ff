package fr.cmq.labelling;

/** Who carries a candidature "conjointement": the recteur's side (the académie) and the président de Région's. */
public enum CoSignSide {
    ACADEMIE, REGION
}
