package fr.cmq.labelling;

/** An avis: favorable, réservé or défavorable. */
public enum Verdict {
    FAVORABLE, RESERVE, DEFAVORABLE
}
