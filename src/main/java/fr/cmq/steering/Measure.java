package fr.cmq.steering;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A dated value of an indicator for a campus; {@code recordedBy} is null for a value the platform computed. */
public record Measure(LocalDate measuredOn, BigDecimal value, @Nullable String comment, @Nullable String recordedBy) {
}
