package fr.cmq.evaluation;

/** The report of a self-evaluation, read whole for its PDF and its workbook; callers check who reads the campus. */
public interface SelfAssessmentReports {

    /** @throws fr.cmq.shared.NotFoundException when the campus has no such self-evaluation */
    SelfAssessmentReport of(long campusId, long assessmentId);
}
