package fr.cmq.steering;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.PageResponse;

/**
 * The events of campuses: the public agenda of published ones, and each campus's own list kept by its team (its
 * pilots read it). Writes are audited and announced by {@link SteeringEvent.AgendaChanged}.
 */
public interface CampusAgenda {

    /** Published events that end on or after {@code from} (today when absent), soonest first. */
    PageResponse<AgendaEvent> search(AgendaSearch search, int page, int size);

    /** A campus's events, newest first: all of them for its team and pilots, the published ones for the others. */
    PageResponse<AgendaEvent> ofCampus(@Nullable CmqUser viewer, long campusId, int page, int size);

    /** One published event, as the public reads it, whatever its campus. */
    Optional<AgendaEvent> published(long eventId);

    /** One event; an unpublished one only for the campus's team and pilots. */
    AgendaEvent event(@Nullable CmqUser viewer, long campusId, long eventId);

    long add(CmqUser actor, long campusId, EventDetails event);

    /** @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since {@code version} */
    void update(CmqUser actor, long campusId, long eventId, long version, EventDetails event);

    void remove(CmqUser actor, long campusId, long eventId);

    /** How many came: once the event has begun. */
    void recordAttendance(CmqUser actor, long campusId, long eventId, long version, int attendance);

    /** The campus's events that are over and whose attendance nobody recorded. */
    List<AgendaEvent> withoutAttendance(long campusId);
}
