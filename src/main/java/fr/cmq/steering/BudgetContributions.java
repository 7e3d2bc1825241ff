package fr.cmq.steering;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;

/**
 * What the members of a campus bring to its budget of a year: a member's contact declares its own organisation's
 * contributions, the team any member's. A planned contribution is part of the budget: refused once the budget is
 * submitted. Every write is audited and announced by {@link SteeringEvent.BudgetChanged}.
 */
public interface BudgetContributions {

    /** The contributions of the organisations this contact speaks for, in a year. */
    List<Contribution> contributionsOf(CmqUser contact, long campusId, int year);

    long declare(CmqUser actor, long campusId, int year, NewContribution contribution);

    void withdraw(CmqUser actor, long campusId, int year, long contributionId);

    /** The members whose contributions this user declares: all of them for the team, its own for a contact. */
    List<MemberRef> declarableBy(@Nullable CmqUser user, long campusId);
}
