package fr.cmq.training;

import java.util.List;

import fr.cmq.campus.CampusSelection;
import fr.cmq.shared.Tally;

/** The training offer of a selection of campuses counted for the dashboards: active members' formations only. */
public interface OfferFigures {

    OfferCounts count(CampusSelection selection);

    /**
     * @param levels formations by level of the national framework (3 to 8)
     * @param statuses formations open under each learner status
     * @param places places declared under each learner status (a VAE has none)
     */
    record OfferCounts(long formations, List<Tally> levels, List<Tally> statuses, List<Tally> places) {
    }
}
