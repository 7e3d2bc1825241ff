package fr.cmq.steering;

/**
 * What a campus's steering proves of its maturity, counted for the quality module: whether things exist, never what
 * they say, so that no private content leaves the module.
 */
public interface SteeringFacts {

    /** The counts for a campus in the given year (the French calendar year of the computation). */
    Counts of(long campusId, int year);

    /**
     * @param diagnostic a diagnostic is recorded
     * @param objectives strategic objectives
     * @param actions actions of the plan, whatever their status
     * @param actionsDone actions done
     * @param measuredThisYear indicators the campus follows with a measure dated in the year
     * @param fundedBudget a budget of the year or the year before is validated and has a resource line
     * @param events events of the campus in the year, held or planned
     */
    record Counts(boolean diagnostic, int objectives, int actions, int actionsDone, int measuredThisYear,
            boolean fundedBudget, int events) {
    }
}
