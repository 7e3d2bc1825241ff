package fr.cmq.steering;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.signing.ToSign;

/**
 * Each year's budget of a campus. The team keeps the lines and submits the budget; the chef d'établissement support
 * signs it off; a validated budget changes only through an amendment. The team and the territory's pilots read it all,
 * with the members' contributions ({@link BudgetContributions}). Every write is audited.
 */
public interface CampusBudgets {

    /** @throws org.springframework.security.access.AccessDeniedException unless the user reads the campus's private data */
    Budget read(@Nullable CmqUser viewer, long campusId, int year);

    /** @throws org.springframework.dao.OptimisticLockingFailureException when the budget changed since {@code version} */
    long addLine(CmqUser actor, long campusId, int year, long version, LineDetails line);

    void updateLine(CmqUser actor, long campusId, int year, long lineId, long version, LineDetails line);

    void removeLine(CmqUser actor, long campusId, int year, long lineId, long version);

    void submit(CmqUser actor, long campusId, int year, long version);

    /** What the chef signs by validating the submitted budget, for the page that asks for the signature. */
    ToSign toValidate(CmqUser actor, long campusId, int year);

    /** The chef's signature: the budget is validated. */
    void validate(CmqUser actor, long campusId, int year, long version);

    /** The chef sends a submitted budget back to its draft, saying why. */
    void sendBack(CmqUser actor, long campusId, int year, long version, String reason);

    /** A validated budget reopened as a draft, for a reason that is kept. */
    void amend(CmqUser actor, long campusId, int year, long version, String reason);
}
