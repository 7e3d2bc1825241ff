package fr.cmq.evaluation;

import java.util.List;

import fr.cmq.campus.CampusSelection;
import fr.cmq.shared.Tally;

/** The maturity levels of a selection of campuses, for the dashboards: {@code NON_CALCULE} for those not computed yet. */
public interface MaturityFigures {

    /** Campuses by level, from 0 (level 1 not reached) to 4, then those without a level. */
    List<Tally> levels(CampusSelection selection);
}
