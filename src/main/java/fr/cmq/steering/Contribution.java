package fr.cmq.steering;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What a member promised ({@code planned}) or brought to the campus in a year, valued in euros. */
public record Contribution(
        long id,
        long memberId,
        String memberName,
        ContributionKind kind,
        BigDecimal amount,
        @Nullable BigDecimal hours,
        @Nullable String description,
        boolean planned,
        String declaredBy,
        Instant declaredAt) {
}
