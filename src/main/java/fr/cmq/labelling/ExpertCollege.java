package fr.cmq.labelling;

/** The two colleges an experts' group balances: economic actors, and the State and local authorities. */
public enum ExpertCollege {
    ACTEURS_ECONOMIQUES, ETAT_COLLECTIVITES
}
