package fr.cmq.evaluation;

/** What happened to a campus's self-evaluation, announced after the change is written. */
public sealed interface SelfAssessmentEvent {
    long campusId();

    long assessmentId();

    record Opened(long campusId, long assessmentId) implements SelfAssessmentEvent {}

    record Submitted(long campusId, long assessmentId) implements SelfAssessmentEvent {}

    /** Its external evaluation is published. */
    record Evaluated(long campusId, long assessmentId) implements SelfAssessmentEvent {}
}
