package fr.cmq.steering;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.CommitteeMeeting;
import fr.cmq.shared.signing.Signature;

/**
 * A campus's budget for a year, as its team and its pilots read it, with the meeting of the regional comité that
 * established it; a year nobody has written yet is an empty draft of version 0.
 */
public record Budget(
        long campusId,
        int year,
        BudgetStatus status,
        long version,
        List<BudgetLine> lines,
        List<Contribution> contributions,
        BudgetTotals totals,
        List<MemberRef> membersWithoutContribution,
        List<Amendment> amendments,
        @Nullable Instant submittedAt,
        @Nullable String submittedBy,
        @Nullable Instant validatedAt,
        @Nullable String validatedBy,
        List<Signature> signatures,
        @Nullable CommitteeMeeting establishedAt) {

    /** Planned amounts (lines, promised contributions) change in a draft only. */
    public boolean open() {
        return status == BudgetStatus.BROUILLON;
    }
}
