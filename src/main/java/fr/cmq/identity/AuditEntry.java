package fr.cmq.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit trail: who did what, when, to which entity. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable String details,
        @Nullable String remoteAddress) {
}
