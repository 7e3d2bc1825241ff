package fr.cmq.identity.internal;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

import fr.cmq.identity.AuditEntry;
import fr.cmq.identity.AuditTrail;

/** {@link AuditTrail} in SQL, on the platform's PostgreSQL. */
@Component
@RequiredArgsConstructor
class JdbcAuditTrail implements AuditTrail {

    static final String SYSTEM = "système";
    private static final String ANONYMOUS = "anonyme";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** Records a write by the current user (or by the system when no one is signed in, as at start-up). */
    @Override
    public void record(String action, String entityType, Object entityId, Map<String, ?> details) {
        recordAs(currentActor(), action, entityType, String.valueOf(entityId), details);
    }

    /** The history of one entity, newest first. */
    @Override
    public List<AuditEntry> historyOf(String entityType, Object entityId, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, action, entity_type, entity_id, details::text as details, remote_address
                from audit_event where entity_type = :type and entity_id = :id
                order by occurred_at desc, id desc limit :limit""")
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("limit", limit)
                .query(AuditEntry.class)
                .list();
    }

    /** The newest entries of the whole trail, or of one kind of entity, a page at a time. */
    @Override
    public List<AuditEntry> recent(@Nullable String entityType, long offset, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, action, entity_type, entity_id, details::text as details, remote_address
                from audit_event""" + (entityType == null ? "" : " where entity_type = :type")
                        + " order by occurred_at desc, id desc offset :offset limit :limit")
                .params(entityType == null ? Map.of() : Map.of("type", entityType))
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditEntry.class)
                .list();
    }

    void recordAs(String actor, String action, @Nullable String entityType, @Nullable String entityId,
            Map<String, ?> details) {
        jdbc.sql("""
                insert into audit_event (actor, action, entity_type, entity_id, details, remote_address)
                values (:actor, :action, :entityType, :entityId, cast(:details as jsonb), :remoteAddress)""")
                .param("actor", actor)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("details", details.isEmpty() ? null : json.writeValueAsString(details))
                .param("remoteAddress", currentRemoteAddress())
                .update();
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    private static @Nullable String currentRemoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
