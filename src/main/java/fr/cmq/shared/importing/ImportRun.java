package fr.cmq.shared.importing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One run of an importer on one file, and what it did. */
public record ImportRun(
        long id,
        String kind,
        String fileName,
        @Nullable String checksum,
        ImportStatus status,
        String startedBy,
        Instant startedAt,
        @Nullable Instant finishedAt,
        int read,
        int created,
        int updated,
        int unchanged,
        int rejected,
        @Nullable String error) {
}
