package fr.cmq.labelling;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/**
 * The dossiers of the label: opened by a campus team in an open campaign, answered criterion by criterion, moved by
 * the transitions each role may fire. Every read and write is checked against the user's role and scope: the
 * national administration sees every dossier, a pilot those of its territory, a campus team its own, an expert those
 * assigned to it.
 */
public interface LabelDossiers {

    List<Campaign> campaigns();

    PageResponse<DossierSummary> dossiers(CmqUser viewer, DossierFilter filter, int page, int size);

    /** @throws org.springframework.security.access.AccessDeniedException for a dossier outside this reader's scope */
    Dossier dossier(CmqUser viewer, long dossierId);

    /**
     * The campus team opens its dossier in an open campaign that accepts this kind; a renewal keeps the end of the label
     * it renews.
     *
     * @throws fr.cmq.shared.RuleViolationException when the campaign is closed or refuses the kind, or the campus
     *         already has a dossier in it
     */
    long open(CmqUser actor, long campaignId, long campusId, DossierKind kind);

    /**
     * The national administration records an arrêté taken before the platform kept the dossiers, in a campaign already
     * closed: the dossier is decided from the start, without e-mails; a granted label reaches its campus unless it
     * holds a newer one.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     * @throws fr.cmq.shared.RuleViolationException when the campaign is still open or refuses the kind, or the campus
     *         already has a dossier in it
     * @throws fr.cmq.shared.InvalidFieldException for a missing campus, kind or decision ({@code granted}), or a bad one
     */
    long recordPastDecision(CmqUser admin, long campaignId, @Nullable Long campusId, @Nullable DossierKind kind,
            @Nullable Decision decision);

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

    /**
     * A piece of the dossier, for a reader of its answers.
     *
     * @throws org.springframework.security.access.AccessDeniedException for a reader who may not read the answers
     */
    StoredDocument piece(CmqUser viewer, long dossierId, long documentId);

    /**
     * Fires a transition.
     *
     * @throws org.springframework.security.access.AccessDeniedException when this user may never fire it here
     * @throws fr.cmq.shared.RuleViolationException when the dossier's state or a precondition refuses it now
     * @throws fr.cmq.shared.InvalidFieldException for a missing reason, a bad avis or decision
     */
    void fire(CmqUser actor, long dossierId, Transition transition, StepDetails details);

    /**
     * The national administration gives this dossier until {@code until} to be deposited, past its campaign's deadline;
     * traced in the audit trail.
     *
     * @throws fr.cmq.shared.RuleViolationException when the dossier is deposited already
     * @throws fr.cmq.shared.InvalidFieldException for a date before today
     */
    void extendDeadline(CmqUser admin, long dossierId, @Nullable LocalDate until);

    /** The campus team may still write the dossier's answers: it is a draft or was sent back. */
    boolean mayAnswer(CmqUser user, long dossierId);

    boolean mayOpen(CmqUser user, long campusId);

    /** The dossiers this user sees, filtered as the list, as the lines of an export (10,000 at most), in one query. */
    List<DossierLine> export(CmqUser viewer, DossierFilter filter);

    /** What falls to this user now on the dossiers it sees, in one query. */
    List<NextStep> nextSteps(CmqUser user);
}
