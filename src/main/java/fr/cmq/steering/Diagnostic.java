package fr.cmq.steering;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The shared socio-economic diagnostic of a campus: what it says, its date and sources, the document that carries it. */
public record Diagnostic(
        long campusId,
        String summary,
        LocalDate datedOn,
        @Nullable String sources,
        @Nullable Long documentId,
        @Nullable String documentName,
        long version,
        Instant updatedAt,
        @Nullable String updatedBy) {
}
