package fr.cmq.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.PageResponse;

/**
 * The action plan of a campus: its team keeps it, its pilots read it, its members' contacts say where their
 * organisation takes part. Writes are audited; an action that gets under way, is done or given up is announced by
 * {@link SteeringEvent.ActionMoved}.
 */
public interface CampusActions {

    /** @throws org.springframework.security.access.AccessDeniedException unless the user reads the campus's private data */
    PageResponse<Action> actions(@Nullable CmqUser viewer, long campusId, ActionFilter filter, int page, int size);

    Action action(@Nullable CmqUser viewer, long campusId, long actionId);

    /** Every action of the campus, by start date, for the screens of its team once their access is checked. */
    List<Action> actionsOf(long campusId);

    /**
     * The actions other modules asked for ({@link ActionRequested}) in the campus's plan, by the key of their request,
     * for the screens of the requests once their access is checked.
     */
    Map<String, Long> actionsByOrigin(long campusId);

    long addAction(CmqUser actor, long campusId, ActionDetails action);

    /**
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since {@code version}
     * @throws fr.cmq.shared.RuleViolationException when its status may not go where it is asked
     */
    void updateAction(CmqUser actor, long campusId, long actionId, long version, ActionDetails action);

    void removeAction(CmqUser actor, long campusId, long actionId);

    void addNote(CmqUser actor, long campusId, long actionId, LocalDate notedOn, String text);

    /** The member organisations of the campus this user answers for as their contact. */
    List<MemberRef> representedBy(@Nullable CmqUser user, long campusId);

    /**
     * The actions still planned or under way, for a member's contact to say where its organisation takes part.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the user reads the plan or answers for a
     *         member
     */
    List<Action> openActions(CmqUser user, long campusId);

    /**
     * The member takes part in the action from now on, or no longer: said by the team or by the member's own contact.
     * The action's version moves, so that a team member editing it from an older page gets a conflict rather than
     * silently undoing it.
     */
    void takePart(CmqUser actor, long campusId, long actionId, long memberId, boolean participates);

}
