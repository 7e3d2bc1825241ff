package fr.cmq.steering;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/**
 * A campus's diagnostic and strategic objectives (public); the actions that decline them are
 * {@link CampusActions}. Writes are audited and announced by {@link SteeringEvent.PlanChanged}.
 */
public interface CampusPlan {

    /** @throws org.springframework.security.access.AccessDeniedException unless the user reads the campus's private data */
    Optional<Diagnostic> diagnosticOf(@Nullable CmqUser viewer, long campusId);

    /**
     * Writes the diagnostic, with a new document when one is given ({@code version} 0 for the first).
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since {@code version}
     * @throws fr.cmq.shared.documents.RejectedDocumentException when the document is empty, too large or not a document
     */
    void describeDiagnostic(CmqUser actor, long campusId, long version, DiagnosticDetails diagnostic,
            @Nullable Upload document);

    /** The document of the diagnostic, for those who read it. */
    StoredDocument diagnosticDocument(@Nullable CmqUser viewer, long campusId);

    List<Objective> objectivesOf(long campusId);

    /** @throws fr.cmq.shared.NotFoundException when the campus has no such objective */
    Objective objective(long campusId, long objectiveId);

    long addObjective(CmqUser actor, long campusId, ObjectiveDetails objective);

    /**
     * Rewrites the objective whole.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since {@code version}
     */
    void updateObjective(CmqUser actor, long campusId, long objectiveId, long version, ObjectiveDetails objective);

    void removeObjective(CmqUser actor, long campusId, long objectiveId);
}
