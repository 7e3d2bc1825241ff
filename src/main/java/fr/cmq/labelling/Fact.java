package fr.cmq.labelling;

/** The platform's own facts an answer points at, so that nothing is typed twice. */
public enum Fact {
    RESEAU, GOUVERNANCE, PLAN, INDICATEURS, BUDGET, AUTOEVALUATION
}
