package fr.cmq.steering;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;

/**
 * Each year's budget of a campus and its members' contributions. The team keeps the lines and submits the budget;
 * the chef d'établissement support signs it off; a validated budget changes only through an amendment. A member's
 * contact declares its own organisation's contributions. The team and the territory's pilots read it all. Every
 * write is audited and announced by a {@link SteeringEvent}.
 */
public interface CampusBudgets {

    /** @throws org.springframework.security.access.AccessDeniedException unless the user reads the campus's private data */
    Budget read(@Nullable CmqUser viewer, long campusId, int year);

    /** The contributions of the organisations this contact speaks for, in a year. */
    List<Contribution> contributionsOf(CmqUser contact, long campusId, int year);

    long declare(CmqUser actor, long campusId, int year, NewContribution contribution);

    void withdraw(CmqUser actor, long campusId, int year, long contributionId);

    /** @throws org.springframework.dao.OptimisticLockingFailureException when the budget changed since {@code version} */
    long addLine(CmqUser actor, long campusId, int year, long version, LineDetails line);

    void updateLine(CmqUser actor, long campusId, int year, long lineId, long version, LineDetails line);

    void removeLine(CmqUser actor, long campusId, int year, long lineId, long version);

    void submit(CmqUser actor, long campusId, int year, long version);

    /** The chef's signature: the budget is validated. */
    void validate(CmqUser actor, long campusId, int year, long version);

    /** The chef sends a submitted budget back to its draft, saying why. */
    void sendBack(CmqUser actor, long campusId, int year, long version, String reason);

    /** A validated budget reopened as a draft, for a reason that is kept. */
    void amend(CmqUser actor, long campusId, int year, long version, String reason);

    /** The members whose contributions this user declares: all of them for the team, its own for a contact. */
    List<MemberRef> declarableBy(@Nullable CmqUser user, long campusId);
}
