package fr.cmq.evaluation.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusEvent;
import fr.cmq.campus.GovernanceChanged;
import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.evaluation.SelfAssessmentEvent;
import fr.cmq.steering.SteeringEvent;

/**
 * A campus's maturity is computed again when a module announces a change of the facts it rests on (its network, its
 * documents and instances, its plan, indicators and budgets, its self-evaluation); at start, the campuses never computed are computed once.
 */
@Component
@RequiredArgsConstructor
class MaturityRecomputation {

    private final CampusMaturity maturity;
    private final CampusDirectory campuses;

    @ApplicationModuleListener
    void on(CampusEvent change) {
        recompute(change.campusId());
    }

    @ApplicationModuleListener
    void on(GovernanceChanged change) {
        recompute(change.campusId());
    }

    @ApplicationModuleListener
    void on(SteeringEvent change) {
        recompute(change.campusId());
    }

    @ApplicationModuleListener
    void on(SelfAssessmentEvent change) {
        recompute(change.campusId());
    }

    /** After the demonstration data, when any: a platform's first start computes every campus once. */
    @EventListener(ApplicationReadyEvent.class)
    void computeTheUncomputed() {
        var computed = maturity.computed();
        campuses.ids().stream().filter(id -> !computed.contains(id)).forEach(this::recompute);
    }

    /** A campus deleted since the change was announced has nothing left to compute. */
    private void recompute(long campusId) {
        if (campuses.scope(campusId).isPresent()) {
            maturity.recompute(campusId);
        }
    }
}
