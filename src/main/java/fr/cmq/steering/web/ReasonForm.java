package fr.cmq.steering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Why a budget goes back to its draft, with the version read. */
record ReasonForm(
        @NotBlank(message = "{budget.reason.required}") @Size(max = 2000, message = "{budget.text.size}") @Nullable String reason,
        @Nullable Long version) {
}
