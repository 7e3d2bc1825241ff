package fr.cmq.evaluation;

/** Where a self-evaluation stands: the team answers, then submits it, then it is evaluated from outside. */
public enum SelfAssessmentState {
    EN_COURS, SOUMISE, EVALUEE
}
