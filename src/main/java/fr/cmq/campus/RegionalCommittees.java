package fr.cmq.campus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/**
 * The comités d'orientation stratégique, one per région: kept by the national administration and the région's pilots,
 * read by the team of each campus of the région. Every write is audited.
 */
public interface RegionalCommittees {

    /** The comités of the régions that have labelled campuses, among those the user reads. */
    List<CommitteeSummary> readableBy(CmqUser user);

    /** @throws fr.cmq.shared.NotFoundException when there is no such région */
    RegionalCommittee of(String regionCode);

    /**
     * Names the recteur and the président du conseil régional.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the comité changed since {@code version}
     */
    void nameSeats(CmqUser actor, String regionCode, long version, @Nullable String recteurName,
            @Nullable String presidentName);

    long addRepresentative(CmqUser actor, String regionCode, String filiereCode, String personName,
            @Nullable String organisation);

    void removeRepresentative(CmqUser actor, String regionCode, long representativeId);

    /**
     * Records a meeting, held or planned; its minutes, when given, go through the document store.
     *
     * @throws fr.cmq.shared.RuleViolationException when decisions or minutes come with a meeting not held yet
     */
    long addMeeting(CmqUser actor, String regionCode, LocalDate heldOn, String agenda, @Nullable String decisions,
            @Nullable Upload minutes);

    /**
     * Changes a meeting as read at {@code version}: its date, agenda and decisions, and its minutes when new ones are
     * given (those it had stay otherwise) — a planned meeting completed once held.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since {@code version}
     * @throws fr.cmq.shared.RuleViolationException when decisions or minutes come with a meeting not held yet
     */
    void changeMeeting(CmqUser actor, String regionCode, long meetingId, long version, LocalDate heldOn, String agenda,
            @Nullable String decisions, @Nullable Upload minutes);

    /** Removes a meeting (its minutes stay in the document store; a budget it established no longer says so). */
    void removeMeeting(CmqUser actor, String regionCode, long meetingId);

    Optional<CommitteeMeeting> meeting(long meetingId);

    /** The meetings of the région's comité, the latest first; none for a région that has none or is not. */
    List<CommitteeMeeting> meetings(String regionCode);

    /** The minutes of one of the comité's meetings, empty when the document is none of them. */
    Optional<StoredDocument> minutes(String regionCode, long documentId);
}
