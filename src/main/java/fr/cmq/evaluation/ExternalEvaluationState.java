package fr.cmq.evaluation;

/** An external evaluation is written by its experts, then published: the campus reads it, nobody changes it. */
public enum ExternalEvaluationState {
    EN_COURS, PUBLIEE
}
