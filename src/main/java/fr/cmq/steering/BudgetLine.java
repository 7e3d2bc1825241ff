package fr.cmq.steering;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A line of a budget: a funding source, or a spending on an action of the plan (or on none: running costs). */
public record BudgetLine(
        long id,
        LineDirection direction,
        @Nullable FundingSource source,
        @Nullable Long actionId,
        @Nullable String actionTitle,
        String label,
        BigDecimal planned,
        @Nullable BigDecimal actual) {
}
