package fr.cmq.training;

import org.jspecify.annotations.Nullable;

/** A status open in a formation, with its number of places when known (never for VAE). */
public record OpenStatus(LearnerStatus status, @Nullable Integer capacity) {
}
