package fr.cmq.steering;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A contribution as declared: hours only for a human one. */
public record NewContribution(long memberId, ContributionKind kind, BigDecimal amount, @Nullable BigDecimal hours,
        @Nullable String description, boolean planned) {
}
