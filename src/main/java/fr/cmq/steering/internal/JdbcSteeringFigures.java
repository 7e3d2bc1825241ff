package fr.cmq.steering.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusSelection;
import fr.cmq.shared.Tally;
import fr.cmq.steering.SteeringFigures;

/** {@link SteeringFigures} in four grouped statements over the selection's campuses. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcSteeringFigures implements SteeringFigures {

    /** The actions still to do whose end has passed. */
    static final String LATE_ACTION = "a.status in ('PREVUE', 'EN_COURS') and a.ends_on < :today";

    private final JdbcClient jdbc;

    @Override
    public SteeringCounts count(CampusSelection selection, int year, LocalDate today) {
        var params = new HashMap<String, Object>(Map.of("year", year, "today", today,
                "yearStart", LocalDate.of(year, 1, 1).atStartOfDay(), "now", today.atStartOfDay()));
        String selected = selection.where("c", params);
        var actions = new ArrayList<>(jdbc.sql("select a.status, count(*) as actions from campus_action a"
                        + " join campus c on c.id = a.campus_id where " + selected + " group by a.status order by a.status")
                .params(params)
                .query((row, n) -> new Tally(row.getString("status"), row.getString("status"), row.getLong("actions")))
                .list());
        actions.add(new Tally("EN_RETARD", "EN_RETARD", jdbc.sql("select count(*) from campus_action a"
                        + " join campus c on c.id = a.campus_id where " + selected + " and " + LATE_ACTION)
                .params(params).query(Long.class).single()));
        var events = jdbc.sql("select count(*) as held, coalesce(sum(e.attendance), 0) as attendance,"
                        + " count(*) filter (where e.attendance is null) as without from campus_event e"
                        + " join campus c on c.id = e.campus_id where " + selected
                        + " and e.ends_at >= :yearStart and e.ends_at < :now")
                .params(params)
                .query((row, n) -> new long[] { row.getLong("held"), row.getLong("attendance"), row.getLong("without") })
                .single();
        var resources = jdbc.sql("select l.source, round(sum(l.planned)) as euros from budget_line l"
                        + " join campus_budget b on b.id = l.budget_id join campus c on c.id = b.campus_id where "
                        + selected + " and b.year = :year and l.direction = 'RESSOURCE'"
                        + " group by l.source order by euros desc, l.source")
                .params(params)
                .query((row, n) -> new Tally(row.getString("source"), row.getString("source"), row.getLong("euros")))
                .list();
        var contributions = jdbc.sql("select k.kind, round(sum(k.amount)) as euros from contribution k"
                        + " join campus c on c.id = k.campus_id where " + selected + " and k.year = :year"
                        + " group by k.kind order by k.kind")
                .params(params)
                .query((row, n) -> new Tally(row.getString("kind"), row.getString("kind"), row.getLong("euros")))
                .list();
        return new SteeringCounts(actions, events[0], events[1], events[2], resources, contributions);
    }
}
