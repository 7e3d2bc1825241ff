package fr.cmq.steering;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A budget line as the team writes it: a source for a resource, an optional action for a spending. */
public record LineDetails(LineDirection direction, @Nullable FundingSource source, @Nullable Long actionId,
        @Nullable String label, BigDecimal planned, @Nullable BigDecimal actual) {
}
