package fr.cmq.steering;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Finalite;

/** A strategic objective of a campus, the finalités of the texts it serves and its period. */
public record Objective(
        long id,
        long campusId,
        String title,
        @Nullable String description,
        List<Finalite> finalites,
        @Nullable Integer firstYear,
        @Nullable Integer lastYear,
        long version,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy) {
}
