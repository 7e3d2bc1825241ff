package fr.cmq.campus;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.documents.Upload;

/** The instances of a campus, who sits on them, their meetings and minutes: read by the team and pilots, kept by the team. */
public interface CampusGovernance {

    /** The instances of a campus in three queries, whatever their number. */
    List<Instance> of(long campusId);

    long addInstance(CmqUser actor, long campusId, InstanceKind kind, String name);

    /** Removes an instance with its composition and meetings (their minutes stay in the document store). */
    void removeInstance(CmqUser actor, long campusId, long instanceId);

    long addSeat(CmqUser actor, long campusId, long instanceId, String personName, SeatQuality quality,
            @Nullable String organisation);

    void removeSeat(CmqUser actor, long campusId, long instanceId, long seatId);

    /** Records a meeting; its minutes, when given, go through the document store. */
    long addMeeting(CmqUser actor, long campusId, long instanceId, LocalDate heldOn, String agenda,
            @Nullable String decisions, @Nullable Upload minutes);
}
