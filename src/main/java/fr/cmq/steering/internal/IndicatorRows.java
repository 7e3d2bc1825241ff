package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.steering.Indicator;
import fr.cmq.steering.IndicatorSeries;
import fr.cmq.steering.Measure;

/** Reads a campus's indicators with their measures and targets; the platform's own counts computed in SQL. */
@Component
@RequiredArgsConstructor
class IndicatorRows {

    private static final int COMPUTED_YEARS = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    /** One indicator of the campus, with each measure's comment and author. */
    IndicatorSeries series(long campusId, Indicator indicator) {
        String code = indicator.code();
        var targets = new LinkedHashMap<Integer, BigDecimal>();
        jdbc.sql("select year, value from indicator_target where campus_id = :campus and code = :code order by year")
                .param("campus", campusId).param("code", code)
                .query((rs, n) -> targets.put(rs.getInt("year"), rs.getBigDecimal("value"))).list();
        List<Measure> measures = indicator.computed() != null ? computed(campusId, indicator.computed())
                : jdbc.sql("select measured_on, value, comment, recorded_by from indicator_measure"
                                + " where campus_id = :campus and code = :code order by measured_on")
                        .param("campus", campusId).param("code", code)
                        .query((rs, n) -> new Measure(rs.getObject("measured_on", LocalDate.class),
                                rs.getBigDecimal("value"), rs.getString("comment"), rs.getString("recorded_by")))
                        .list();
        return new IndicatorSeries(campusId, indicator, measures, targets);
    }

    /** The indicators the campus follows ({@code followed}, codes of the {@code catalogue}), in three queries. */
    List<IndicatorSeries> all(long campusId, List<Indicator> catalogue, List<String> followed) {
        var byCode = catalogue.stream().collect(Collectors.toMap(Indicator::code, indicator -> indicator));
        var targets = new HashMap<String, Map<Integer, BigDecimal>>();
        jdbc.sql("select code, year, value from indicator_target where campus_id = :campus order by code, year")
                .param("campus", campusId)
                .query((rs, n) -> targets.computeIfAbsent(rs.getString("code"), code -> new LinkedHashMap<>())
                        .put(rs.getInt("year"), rs.getBigDecimal("value")))
                .list();
        var measures = new HashMap<String, List<Measure>>();
        jdbc.sql("select code, measured_on, value from indicator_measure where campus_id = :campus"
                        + " order by code, measured_on")
                .param("campus", campusId)
                .query((rs, n) -> measures.computeIfAbsent(rs.getString("code"), code -> new ArrayList<>())
                        .add(new Measure(rs.getObject("measured_on", LocalDate.class), rs.getBigDecimal("value"), null,
                                null)))
                .list();
        return followed.stream().map(byCode::get).map(indicator -> new IndicatorSeries(campusId, indicator,
                        indicator.computed() != null ? computed(campusId, indicator.computed())
                                : measures.getOrDefault(indicator.code(), List.of()),
                        targets.getOrDefault(indicator.code(), Map.of())))
                .toList();
    }

    /** The platform's count for each of the last years, dated the last day of the year (today for this one). */
    private List<Measure> computed(long campusId, Indicator.ComputedFrom from) {
        var today = LocalDate.now(clock);
        String count = switch (from) {
            case MEMBRES, ENTREPRISES -> "(select count(*) from campus_member m where m.campus_id = :campus"
                    + (from == Indicator.ComputedFrom.ENTREPRISES ? " and m.organisation_type = 'ENTREPRISE'" : "")
                    + " and m.joined_on <= y.day and (m.left_on is null or m.left_on > y.day))";
            case EVENEMENTS -> "(select count(*) from campus_event e where e.campus_id = :campus"
                    + " and e.starts_at >= make_date(y.year, 1, 1) and e.starts_at < y.day + 1)";
            case PARTICIPANTS -> "(select coalesce(sum(e.attendance), 0) from campus_event e where e.campus_id = :campus"
                    + " and e.starts_at >= make_date(y.year, 1, 1) and e.starts_at < y.day + 1)";
            case ACTIONS_TERMINEES -> "(select count(*) from campus_action a where a.campus_id = :campus"
                    + " and a.status = 'TERMINEE' and a.ends_on >= make_date(y.year, 1, 1) and a.ends_on <= y.day)";
        };
        return jdbc.sql("select y.day, " + count + " as value from (select year, least(make_date(year, 12, 31), :today)"
                        + " as day from generate_series(:first, :last) year) y order by y.day")
                .param("campus", campusId).param("today", today).param("first", today.getYear() - COMPUTED_YEARS + 1)
                .param("last", today.getYear())
                .query((rs, n) -> new Measure(rs.getObject("day", LocalDate.class), rs.getBigDecimal("value"), null, null))
                .list();
    }
}
