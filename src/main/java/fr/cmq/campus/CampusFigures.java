package fr.cmq.campus;

import java.time.LocalDate;
import java.util.List;

import fr.cmq.shared.Tally;

/** The campuses of a selection counted for the dashboards, and the lists behind the counts. */
public interface CampusFigures {

    /** How many campuses by status, category, filière, région and département, and their networks by type. */
    CampusCounts count(CampusSelection selection);

    /** The campuses of the selection by the year their current label began. */
    List<Tally> labelsByYear(CampusSelection selection);

    /** The campuses counted, by name. */
    List<CampusSummary> campuses(CampusSelection selection);

    /** The campuses whose label ends between these days, soonest first. */
    List<CampusSummary> labelsEnding(CampusSelection selection, LocalDate from, LocalDate to);

    /**
     * @param departements campuses per département (a campus spanning two counts in both), by three-character code
     * @param members active members of the networks by organisation type
     */
    record CampusCounts(long total, List<Tally> statuses, List<Tally> categories, List<Tally> filieres,
            List<Tally> regions, List<Tally> departements, List<Tally> members) {
    }
}
