package fr.cmq.steering.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.cmq.steering.Diagnostic;
import fr.cmq.steering.DiagnosticDetails;

/** The diagnostic as its team writes it; its document comes apart, as a file of the form. */
record DiagnosticForm(
        @NotBlank(message = "{diagnostic.summary.required}") @Size(max = 4000, message = "{action.form.text.size}") @Nullable String summary,
        @NotNull(message = "{diagnostic.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate datedOn,
        @Size(max = 4000, message = "{action.form.text.size}") @Nullable String sources,
        @Nullable Long version) {

    static DiagnosticForm of(@Nullable Diagnostic diagnostic) {
        return diagnostic == null ? new DiagnosticForm(null, null, null, 0L)
                : new DiagnosticForm(diagnostic.summary(), diagnostic.datedOn(), diagnostic.sources(), diagnostic.version());
    }

    DiagnosticForm over(long currentVersion) {
        return new DiagnosticForm(summary, datedOn, sources, currentVersion);
    }

    DiagnosticDetails toDetails() {
        return new DiagnosticDetails(summary, datedOn, sources);
    }
}
