package fr.cmq.steering.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.Euros;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.steering.ContributionKind;
import fr.cmq.steering.NewContribution;

/** A contribution as a member's contact or the team types it; {@code promised} for one planned in the budget. */
record ContributionForm(
        @NotNull(message = "{budget.contribution.member.required}") @Nullable Long memberId,
        @NotNull(message = "{budget.contribution.kind.required}") @Nullable ContributionKind kind,
        @NotBlank(message = "{budget.contribution.amount.required}") @Nullable String amount,
        @Nullable String hours,
        @Size(max = 2000, message = "{budget.text.size}") @Nullable String description,
        @Nullable Boolean promised) {

    static ContributionForm blank(@Nullable Long memberId) {
        return new ContributionForm(memberId, null, null, null, null, false);
    }

    /** @throws InvalidFieldException naming the figure that cannot be read */
    NewContribution toContribution() {
        return new NewContribution(memberId, kind, Euros.parse(amount == null ? "" : amount, "amount"), typedHours(),
                description, Boolean.TRUE.equals(promised));
    }

    private @Nullable BigDecimal typedHours() {
        if (hours == null || hours.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(hours.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("hours", "Un nombre d’heures, par exemple 12,5");
        }
    }
}
