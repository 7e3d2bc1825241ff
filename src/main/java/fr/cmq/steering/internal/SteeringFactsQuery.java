package fr.cmq.steering.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.steering.SteeringFacts;

/** The steering's facts of a campus in one statement, each count on an index of its table. */
@Component
@RequiredArgsConstructor
class SteeringFactsQuery implements SteeringFacts {

    private final JdbcClient jdbc;

    @Override
    @Transactional(readOnly = true)
    public Counts of(long campusId, int year) {
        return jdbc.sql("""
                        select exists (select 1 from campus_diagnostic d where d.campus_id = :campus) as diagnostic,
                               (select count(*) from strategic_objective o where o.campus_id = :campus) as objectives,
                               (select count(*) from campus_action a where a.campus_id = :campus) as actions,
                               (select count(*) from campus_action a
                                 where a.campus_id = :campus and a.status = 'TERMINEE') as actions_done,
                               (select count(distinct m.code) from indicator_measure m
                                  join campus_indicator f on f.campus_id = m.campus_id and f.code = m.code
                                 where m.campus_id = :campus and m.measured_on >= make_date(:year, 1, 1)
                                   and m.measured_on < make_date(:year + 1, 1, 1)) as measured,
                               exists (select 1 from campus_budget b join budget_line l on l.budget_id = b.id
                                        where b.campus_id = :campus and b.year in (:year, :year - 1)
                                          and b.status = 'VALIDE' and l.direction = 'RESSOURCE') as funded,
                               (select count(*) from campus_event e where e.campus_id = :campus
                                   and e.starts_at >= make_date(:year, 1, 1)
                                   and e.starts_at < make_date(:year + 1, 1, 1)) as events""")
                .param("campus", campusId).param("year", year)
                .query((rs, n) -> new Counts(rs.getBoolean("diagnostic"), rs.getInt("objectives"), rs.getInt("actions"),
                        rs.getInt("actions_done"), rs.getInt("measured"), rs.getBoolean("funded"),
                        rs.getInt("events")))
                .single();
    }
}
