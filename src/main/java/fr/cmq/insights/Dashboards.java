package fr.cmq.insights;

import java.util.List;
import java.util.Optional;

import fr.cmq.campus.CampusSummary;
import fr.cmq.identity.CmqUser;
import fr.cmq.steering.IndicatorFigures;

/** The regional and national dashboards: what the national administration and the pilots see of their territory. */
public interface Dashboards {

    Dashboard of(CmqUser viewer, DashboardFilter filter);

    /** The catalogue's indicators across the dashboard's campuses, for their export. */
    List<IndicatorFigures.IndicatorTotal> indicators(CmqUser viewer, DashboardFilter filter);

    /** One table of the dashboard, for its exports; empty for an unknown name. */
    Optional<FigureTable> table(CmqUser viewer, DashboardFilter filter, String id);

    /** The campuses of the viewer's territory whose label ends within {@code months} with no renewal dossier. */
    long labelsEndingUnrenewed(CmqUser viewer, int months);

    /** What the dashboard covers, said to its reader. */
    String territory(CmqUser viewer, DashboardFilter filter);

    /** The campuses a count of the dashboard counts: its list. */
    List<CampusSummary> campuses(CmqUser viewer, DashboardFilter filter);
}
