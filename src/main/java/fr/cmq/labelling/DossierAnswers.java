package fr.cmq.labelling;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.documents.Upload;

/**
 * The campus team writes its dossier: an answer per criterion and its pieces, while the dossier may be written,
 * at the version the writer read.
 */
public interface DossierAnswers {

    /**
     * The DO's answer to one criterion, saved as typed (autosave): text and facts of the platform.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the dossier changed since {@code version}
     */
    long answer(CmqUser actor, long dossierId, long version, String criterionCode, @Nullable String text,
            List<Fact> facts);

    /**
     * A piece (PDF, ODT, DOCX, its type read from its content) attached to the DO's answer to one criterion, ten at most.
     *
     * @return the dossier's new version
     * @throws fr.cmq.shared.InvalidFieldException on {@code file} when none was sent
     * @throws fr.cmq.shared.documents.RejectedDocumentException for an empty, too large or unaccepted file
     * @throws fr.cmq.shared.RuleViolationException when the dossier is no longer written or the criterion has ten pieces
     * @throws org.springframework.dao.OptimisticLockingFailureException when the dossier changed since {@code version}
     */
    long attach(CmqUser actor, long dossierId, long version, String criterionCode, @Nullable Upload piece);

    /** The piece taken off the answer to one criterion; the dossier's new version. */
    long detach(CmqUser actor, long dossierId, long version, String criterionCode, long documentId);
}
