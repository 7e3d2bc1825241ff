package fr.cmq.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A path through formations of a campus, from one level to the next, possibly across members and statuses. */
public record Parcours(long id, long campusId, String name, @Nullable String description, List<StepOfPath> steps) {
}
