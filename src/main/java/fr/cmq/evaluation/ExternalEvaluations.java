package fr.cmq.evaluation;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.documents.StoredDocument;

/**
 * The external evaluation of a submitted self-evaluation: the national administration assigns experts of the label's
 * pool; an expert reads only the evaluations it is assigned, once it has declared no conflict of interest, positions
 * each référence, gives a verdict per domain and overall, and publishes; the campus then reads it beside its own
 * ({@link Recommendations} for what follows). Each method checks who may call it; writes are audited.
 */
public interface ExternalEvaluations {

    /**
     * Assigns an expert of the pool, opening the external evaluation with the first.
     *
     * @throws fr.cmq.shared.RuleViolationException unless the self-evaluation is submitted and its evaluation unpublished
     * @throws fr.cmq.shared.InvalidFieldException on {@code expertId} for no active expert of the pool
     */
    long assign(CmqUser admin, long campusId, long assessmentId, long expertId);

    /**
     * The external evaluation of a self-evaluation, for those who read the campus's private data (its content sealed
     * until published, but for the national administration).
     */
    Optional<ExternalEvaluation> ofAssessment(@Nullable CmqUser viewer, long campusId, long assessmentId);

    /** The evaluations the expert signed in is assigned, the newest first. */
    List<Assignment> assignedTo(CmqUser expert);

    /**
     * For an assigned expert (its content sealed until it declared no conflict of interest) or the administration.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    ExternalEvaluation read(CmqUser reader, long evaluationId);

    /**
     * A document the campus gave as evidence, for an assigned expert that declared no conflict of interest (or the
     * administration).
     */
    StoredDocument document(CmqUser reader, long evaluationId, long documentId);

    /** @throws fr.cmq.shared.InvalidFieldException on {@code noConflict} when the box is not ticked */
    void declareNoConflict(CmqUser expert, long evaluationId, boolean declared);

    /**
     * An expert's position and comment on a référence ({@code version} 0 for the first).
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when another expert wrote it since
     */
    ExternalEvaluation.Position position(CmqUser expert, long evaluationId, String referenceCode, long version,
            @Nullable Integer position, @Nullable String comment);

    /** The verdict on a domain with its reasons ({@code version} 0 for the first). */
    void judgeDomain(CmqUser expert, long evaluationId, int domain, long version, @Nullable Verdict verdict,
            @Nullable String reasons);

    /** The overall verdict with its reasons, on the evaluation at {@code version}. */
    void conclude(CmqUser expert, long evaluationId, long version, @Nullable Verdict verdict, @Nullable String reasons);

    /**
     * Publishes it: every référence positioned, every domain and the whole judged. The self-evaluation is then
     * evaluated.
     *
     * @throws fr.cmq.shared.RuleViolationException when something is missing or it is published already
     */
    void publish(CmqUser expert, long evaluationId, long version);

    /** An evaluation assigned to an expert, as its list shows it. */
    record Assignment(long evaluationId, long campusId, String campusName, long assessmentId,
            ExternalEvaluationState state, boolean declared) {
    }
}
