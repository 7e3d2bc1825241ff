package fr.cmq.evaluation;

import fr.cmq.labelling.Verdict;

/** What happened to an external evaluation, announced after the change is written. */
public sealed interface ExternalEvaluationEvent {
    long campusId();

    long evaluationId();

    record ExpertAssigned(long campusId, long evaluationId, long expertId) implements ExternalEvaluationEvent {}

    /** Published with its overall verdict: the self-evaluation it answers is evaluated. */
    record Published(long campusId, long evaluationId, long assessmentId, Verdict verdict)
            implements ExternalEvaluationEvent {}
}
