package fr.cmq.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A parcours to add: its name and its formations, in the order they are followed. */
public record NewParcours(String name, @Nullable String description, List<Long> formationIds) {
}
