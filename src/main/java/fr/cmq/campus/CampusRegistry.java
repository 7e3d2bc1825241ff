package fr.cmq.campus;

import java.time.LocalDate;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.RuleViolationException;

/** Writes to campuses and their networks, each checked against the actor's role and scope, each audited. */
public interface CampusRegistry {

    /** Creates a campus (national administrator, or a pilot of its territory); answers its id. */
    long create(CmqUser actor, NewCampus campus);

    /**
     * Changes the profile of a campus read at {@code version}.
     *
     * @return the campus as this change left it, with the version it wrote
     * @throws CampusConflictException when someone else changed it since
     */
    CampusDetails updateProfile(CmqUser actor, long campusId, long version, CampusProfile profile);

    /** Adds an organisation to the network; answers the member's id. */
    long addMember(CmqUser actor, long campusId, NewMember member);

    /**
     * Changes a member read at {@code version}.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone else changed it since
     */
    void updateMember(CmqUser actor, long campusId, long memberId, long version, MemberChanges changes);

    /** A member with its contact details, for its own contact, the campus team or the national administrator. */
    Member organisation(CmqUser reader, long campusId, long memberId);

    /**
     * Changes what a member organisation keeps of itself, read at {@code version}: by its own contact, the campus team
     * or the national administrator.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone else changed it since
     */
    void updateOrganisation(CmqUser actor, long campusId, long memberId, long version, OrganisationDetails details);

    /**
     * Records that a member left the network on a date (it stays in the network's history).
     *
     * @throws RuleViolationException when it is the network's last EPLE
     */
    void leave(CmqUser actor, long campusId, long memberId, LocalDate on);

    /** Deletes a campus and its network (national administrator only). */
    void delete(CmqUser actor, long campusId);
}
