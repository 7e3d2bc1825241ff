package fr.cmq.steering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.cmq.identity.AuditTrail;
import fr.cmq.steering.ActionDetails;
import fr.cmq.steering.ActionRequested;
import fr.cmq.steering.ActionStatus;

/**
 * Writes the actions other modules ask for into the campus's plan, planned from today to the date asked, once per
 * request: a second delivery of the same request finds its action and leaves it.
 */
@Component
@RequiredArgsConstructor
class RequestedActions {

    private final ActionRepository actions;
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;

    @ApplicationModuleListener
    void on(ActionRequested request) {
        boolean written = jdbc.sql("select exists (select 1 from campus_action where campus_id = :campus"
                        + " and origin = :origin)")
                .param("campus", request.campusId()).param("origin", request.origin()).query(Boolean.class).single();
        if (written) {
            return;
        }
        var today = LocalDate.now(clock);
        var details = new ActionDetails(null, request.title(), request.description(), request.pilotName(), null,
                List.of(), today, request.endsOn().isBefore(today) ? today : request.endsOn(), ActionStatus.PREVUE,
                null, null, null, List.of());
        var action = new ActionEntity(request.campusId());
        action.describe(CheckedAction.of(details, Set.of(), false, List.of()), request.requestedBy(), clock.instant());
        action.comesFrom(request.origin(), request.originPath());
        actions.saveAndFlush(action);
        auditTrail.record("AJOUT_ACTION", "campus", request.campusId(), Map.of("action", details.title(),
                "origine", request.originPath()));
    }
}
