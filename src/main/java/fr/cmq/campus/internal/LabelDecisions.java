package fr.cmq.campus.internal;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusEvent;
import fr.cmq.campus.LabelDecided;
import fr.cmq.identity.AuditTrail;

/**
 * A campus takes its label from the arrêté that granted it, once the decision has committed; a failure is retried
 * from the event publication registry, never lost.
 */
@Component
@RequiredArgsConstructor
class LabelDecisions {

    private final CampusRepository campuses;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    @ApplicationModuleListener
    void on(LabelDecided decision) {
        campuses.findById(decision.campusId()).filter(campus -> campus.labelled(decision)).ifPresent(campus -> {
            campuses.saveAndFlush(campus);
            auditTrail.record("LABEL", "campus", decision.campusId(), Map.of("nor", decision.nor(),
                    "categorie", decision.category().name(), "debut", decision.start().toString(),
                    "fin", decision.end().toString()));
            events.publishEvent(new CampusEvent.ProfileChanged(decision.campusId()));
        });
    }
}
