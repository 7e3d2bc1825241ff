package fr.cmq.steering;

import java.time.LocalDate;
import java.util.List;

import fr.cmq.campus.CampusSelection;
import fr.cmq.shared.Tally;

/** The plans, events and budgets of a selection of campuses counted for the dashboards, for one year. */
public interface SteeringFigures {

    SteeringCounts count(CampusSelection selection, int year, LocalDate today);

    /**
     * @param actions actions by status, and {@code EN_RETARD}: those neither done nor abandoned past their end
     * @param eventsHeld events of the year already over, and {@code attendance} the people they gathered
     * @param resources the year's planned resources in euros by funding source
     * @param contributions the year's contributions of members in euros by kind
     */
    record SteeringCounts(List<Tally> actions, long eventsHeld, long attendance, long eventsWithoutAttendance,
            List<Tally> resources, List<Tally> contributions) {
    }
}
