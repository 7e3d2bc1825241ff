package fr.cmq.evaluation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/**
 * The self-evaluations of a campus: its team opens one on the latest référentiel, positions each référence with a
 * comment and the platform's facts it counts, and submits it. Reads and writes are checked by the callers' guard
 * (the campus's private data, its editing); every write is audited.
 */
public interface SelfAssessments {

    /**
     * Opens a self-evaluation on a version of the référentiel (the pages offer the latest).
     *
     * @throws fr.cmq.shared.RuleViolationException when one is under way already
     * @throws fr.cmq.shared.NotFoundException when there is no such version
     */
    long open(CmqUser actor, long campusId, long frameworkId);

    /** The campus's self-evaluations, the newest first. */
    List<SelfAssessment> ofCampus(long campusId);

    /** @throws fr.cmq.shared.NotFoundException when the campus has no such self-evaluation */
    SelfAssessment read(long campusId, long assessmentId);

    /**
     * Writes the team's answer to a référence ({@code version} 0 for the first).
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone answered since {@code version}
     * @throws fr.cmq.shared.RuleViolationException when the self-evaluation is no longer under way
     * @throws fr.cmq.shared.InvalidFieldException for a position out of 1–4 or a comment too long
     * @throws fr.cmq.shared.NotFoundException for a référence its référentiel does not have
     */
    SelfAssessment.Answer answer(CmqUser actor, long campusId, long assessmentId, String referenceCode, long version,
            @Nullable Integer position, @Nullable String comment, List<FactKind> facts);

    /**
     * Gives a document as evidence of a référence ({@value #DOCUMENTS_PER_REFERENCE} at most; PDF, ODT or DOCX), while
     * the self-evaluation is under way.
     *
     * @throws fr.cmq.shared.documents.RejectedDocumentException for a file of another kind, too large, or empty
     * @throws fr.cmq.shared.InvalidFieldException on {@code file} when none is sent
     */
    SelfAssessment.Document attach(CmqUser actor, long campusId, long assessmentId, String referenceCode,
            @Nullable Upload document);

    /** Takes a document back from a référence, while the self-evaluation is under way. */
    void detach(CmqUser actor, long campusId, long assessmentId, String referenceCode, long documentId);

    /** A document given for the self-evaluation, for a reader the caller checked. */
    StoredDocument document(long campusId, long assessmentId, long documentId);

    int DOCUMENTS_PER_REFERENCE = 5;

    /**
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since {@code version}
     * @throws fr.cmq.shared.RuleViolationException when the transition is not allowed now (a référence unanswered…)
     */
    void fire(CmqUser actor, long campusId, long assessmentId, SelfAssessmentTransition transition, long version);
}
