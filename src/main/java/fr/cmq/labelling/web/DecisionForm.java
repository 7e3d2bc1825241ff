package fr.cmq.labelling.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Category;
import fr.cmq.labelling.Decision;

/** The arrêté as typed in its form, on a dossier or for a selection; shown again as typed when refused. */
record DecisionForm(@Nullable Boolean granted, @Nullable Category category, @Nullable Integer durationYears,
        @Nullable String startDate, @Nullable String nor, @Nullable String decidedOn, @Nullable String ministries) {

    static DecisionForm blank(LocalDate today) {
        return new DecisionForm(true, Category.CMQ, Decision.MAX_YEARS, null, null, today.toString(), null);
    }

    /** @return nothing when no choice was made between granted and refused */
    @Nullable Decision toDecision() {
        return granted == null ? null
                : new Decision(granted, category, durationYears, DossierController.date(startDate, "startDate"), nor,
                        DossierController.date(decidedOn, "decidedOn"), ministries);
    }
}
