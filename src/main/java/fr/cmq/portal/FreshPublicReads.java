package fr.cmq.portal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.cmq.campus.CampusEvent;
import fr.cmq.shared.caching.ForgottenEverywhere;
import fr.cmq.shared.importing.ImportApplied;
import fr.cmq.steering.SteeringEvent;
import fr.cmq.training.TrainingEvent;

/**
 * What visitors read is never older than the last change: the kept public answers that may show a campus are forgotten,
 * on every instance, as soon as a change to it or its offer has committed, and all of them after an import of
 * reference data, before the answer to the one who made it is sent.
 */
@Component
@RequiredArgsConstructor
class FreshPublicReads {

    private final ForgottenEverywhere everywhere;

    @TransactionalEventListener
    void on(CampusEvent change) {
        everywhere.forgetCampus(change.campusId());
    }

    @TransactionalEventListener
    void on(TrainingEvent change) {
        everywhere.forgetCampus(change.campusId());
    }

    /** The objectives and the events show on the campus's page and in the agenda. */
    @TransactionalEventListener
    void on(SteeringEvent.PlanChanged change) {
        everywhere.forgetCampus(change.campusId());
    }

    @TransactionalEventListener
    void on(SteeringEvent.AgendaChanged change) {
        everywhere.forgetCampus(change.campusId());
    }

    /** A published tableau de bord shows on the campus's page. */
    @TransactionalEventListener
    void on(SteeringEvent.IndicatorsChanged change) {
        everywhere.forgetCampus(change.campusId());
    }

    @TransactionalEventListener
    void on(ImportApplied imported) {
        everywhere.forgetAll();
    }
}
