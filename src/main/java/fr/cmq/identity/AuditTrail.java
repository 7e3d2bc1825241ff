package fr.cmq.identity;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The audit trail: sign-ins and every write, recorded in the caller's transaction so that a change and its trace
 * land together or not at all. Modules call {@link #record} after each write.
 */
public interface AuditTrail {

    /** Records a write by the current user (or by the system when no one is signed in, as at start-up). */
    void record(String action, String entityType, Object entityId, Map<String, ?> details);

    /** The history of one entity, newest first. */
    List<AuditEntry> historyOf(String entityType, Object entityId, int limit);

    /** The newest entries of the whole trail, a page at a time. */
    List<AuditEntry> recent(@Nullable String entityType, long offset, int limit);
}
