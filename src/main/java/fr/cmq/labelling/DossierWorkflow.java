package fr.cmq.labelling;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.signing.ToSign;

/**
 * A dossier from its opening to its decision: the transitions each office fires, the deadline the national
 * administration extends, and the arrêtés taken before the platform.
 */
public interface DossierWorkflow {

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
     * Fires a transition.
     *
     * @throws org.springframework.security.access.AccessDeniedException when this user may never fire it here
     * @throws fr.cmq.shared.RuleViolationException when the dossier's state or a precondition refuses it now
     * @throws fr.cmq.shared.InvalidFieldException for a missing reason, a bad avis or decision
     */
    void fire(CmqUser actor, long dossierId, Transition transition, StepDetails details);

    /**
     * What this user would sign by firing a signing transition (deposit, co-signature) now, as the page that asks for
     * the signature shows it.
     *
     * @throws fr.cmq.shared.NotFoundException for a transition that is not a signature
     * @throws fr.cmq.shared.RuleViolationException when the dossier's state refuses it now
     */
    ToSign toSign(CmqUser actor, long dossierId, Transition transition);

    /**
     * Fires a signing transition on the version its signer read, once it said it read it ({@code read}).
     *
     * @throws fr.cmq.shared.RuleViolationException when the dossier changed since, or refuses it now
     * @throws fr.cmq.shared.InvalidFieldException when the signer did not say it read what it signs
     */
    void sign(CmqUser actor, long dossierId, Transition transition, long readVersion, boolean read);

    /**
     * The national administration gives this dossier until {@code until} to be deposited, past its campaign's deadline;
     * traced in the audit trail.
     *
     * @throws fr.cmq.shared.RuleViolationException when the dossier is deposited already
     * @throws fr.cmq.shared.InvalidFieldException for a date before today
     */
    void extendDeadline(CmqUser admin, long dossierId, @Nullable LocalDate until);
}
