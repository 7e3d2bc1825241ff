package fr.cmq.steering;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record DiagnosticDetails(@Nullable String summary, @Nullable LocalDate datedOn, @Nullable String sources) {
}
