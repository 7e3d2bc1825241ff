package fr.cmq.portal;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.MaturityChanged;
import fr.cmq.evaluation.MaturityPublished;
import fr.cmq.campus.CampusEvent;
import fr.cmq.identity.CampusScope;
import fr.cmq.shared.caching.ForgottenEverywhere;
import fr.cmq.shared.caching.Shown;
import fr.cmq.shared.importing.ImportApplied;
import fr.cmq.steering.SteeringEvent;
import fr.cmq.training.TrainingEvent;

/**
 * What visitors read is never older than the last change: once a change has committed, the kept public answers it may
 * alter are forgotten on every instance, before the answer to the one who made it is sent — a campus's own pages, and
 * the lists and searches that may show it (those of its région, and those over every région); all of them after an
 * import of reference data. The other campuses' pages, and the lists a change cannot alter, stay kept.
 */
@Component
@RequiredArgsConstructor
class FreshPublicReads {

    private final ForgottenEverywhere everywhere;
    private final CampusDirectory campuses;

    /** A campus's name, filière, status and network show in every list: rare changes, forgotten everywhere. */
    @TransactionalEventListener
    void on(CampusEvent change) {
        everywhere.forgetCampus(change.campusId(), null, Shown.CAMPUSES, Shown.FORMATIONS, Shown.EVENTS);
    }

    @TransactionalEventListener
    void on(TrainingEvent change) {
        everywhere.forgetCampus(change.campusId(), regionOf(change.campusId()), Shown.FORMATIONS);
    }

    /** The objectives show on the campus's page alone. */
    @TransactionalEventListener
    void on(SteeringEvent.PlanChanged change) {
        everywhere.forgetCampus(change.campusId(), null);
    }

    @TransactionalEventListener
    void on(SteeringEvent.AgendaChanged change) {
        everywhere.forgetCampus(change.campusId(), regionOf(change.campusId()), Shown.EVENTS);
    }

    /** A published tableau de bord shows on the campus's page alone. */
    @TransactionalEventListener
    void on(SteeringEvent.IndicatorsChanged change) {
        everywhere.forgetCampus(change.campusId(), null);
    }

    /** A published maturity level shows on the campus's page alone; published or withdrawn, the page changes. */
    @TransactionalEventListener
    void on(MaturityChanged change) {
        everywhere.forgetCampus(change.campusId(), null);
    }

    @TransactionalEventListener
    void on(MaturityPublished change) {
        everywhere.forgetCampus(change.campusId(), null);
    }

    @TransactionalEventListener
    void on(ImportApplied imported) {
        everywhere.forgetAll();
    }

    /** The région whose lists may show the campus; none when it has none (or is gone): then the lists of all. */
    private @Nullable String regionOf(long campusId) {
        return campuses.scope(campusId).map(CampusScope::regionCode).orElse(null);
    }
}
