package fr.cmq.steering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.Euros;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.steering.BudgetLine;
import fr.cmq.steering.FundingSource;
import fr.cmq.steering.LineDetails;
import fr.cmq.steering.LineDirection;

/** A budget line as typed: amounts the French way ("12 345,67"), the version of the budget read. */
record LineForm(
        @NotNull(message = "{budget.line.direction.required}") @Nullable LineDirection direction,
        @Nullable FundingSource source,
        @Nullable Long actionId,
        @SingleLine @Size(max = 200, message = "{budget.line.label.size}") @Nullable String label,
        @NotBlank(message = "{budget.line.planned.required}") @Nullable String planned,
        @Nullable String actual,
        @Nullable Long version) {

    static LineForm blank(LineDirection direction, long version) {
        return new LineForm(direction, null, null, null, null, null, version);
    }

    static LineForm of(BudgetLine line, long version) {
        return new LineForm(line.direction(), line.source(), line.actionId(), line.label(), Euros.forInput(line.planned()),
                Euros.forInput(line.actual()), version);
    }

    LineForm over(long currentVersion) {
        return new LineForm(direction, source, actionId, label, planned, actual, currentVersion);
    }

    /** @throws fr.cmq.shared.InvalidFieldException naming the amount that cannot be read */
    LineDetails toLine() {
        String typedActual = actual == null || actual.isBlank() ? null : actual;
        return new LineDetails(direction, source, actionId, label, Euros.parse(planned == null ? "" : planned, "planned"),
                typedActual == null ? null : Euros.parse(typedActual, "actual"));
    }
}
