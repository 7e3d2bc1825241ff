package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusSelection;
import fr.cmq.steering.Aggregation;
import fr.cmq.steering.IndicatorFigures;

/** {@link IndicatorFigures} in one statement: each campus's latest measure of each year, then summed and averaged. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcIndicatorFigures implements IndicatorFigures {

    private final JdbcClient jdbc;

    private record Year(long campuses, BigDecimal total, BigDecimal mean) {
    }

    @Override
    public List<IndicatorTotal> totals(CampusSelection selection, int year) {
        var params = new HashMap<String, Object>(Map.of("year", year));
        var described = new LinkedHashMap<String, String[]>();
        var years = new HashMap<String, Year>();
        jdbc.sql("with latest as (select distinct on (m.campus_id, m.code, extract(year from m.measured_on))"
                        + " m.campus_id, m.code, extract(year from m.measured_on)::int as year, m.value"
                        + " from indicator_measure m join campus c on c.id = m.campus_id"
                        + " where " + selection.where("c", params)
                        + " and m.measured_on >= make_date(:year - 1, 1, 1) and m.measured_on < make_date(:year + 1, 1, 1)"
                        + " order by m.campus_id, m.code, extract(year from m.measured_on), m.measured_on desc)"
                        + " select l.code, i.label, i.unit, l.year, count(*) as campuses, sum(l.value) as total,"
                        + " avg(l.value) as mean from latest l join indicator i on i.code = l.code"
                        + " group by l.code, i.label, i.unit, i.position, l.year order by i.position, l.code, l.year")
                .params(params)
                .query((row, n) -> {
                    described.putIfAbsent(row.getString("code"),
                            new String[] { row.getString("label"), row.getString("unit") });
                    years.put(row.getString("code") + "/" + row.getInt("year"), new Year(row.getLong("campuses"),
                            row.getBigDecimal("total"), row.getBigDecimal("mean")));
                    return n;
                })
                .list();
        var totals = new ArrayList<IndicatorTotal>();
        described.forEach((code, labelAndUnit) -> {
            var aggregation = Aggregation.of(labelAndUnit[1]);
            var current = years.get(code + "/" + year);
            var previous = years.get(code + "/" + (year - 1));
            totals.add(new IndicatorTotal(code, labelAndUnit[0], labelAndUnit[1], aggregation,
                    current == null ? 0 : current.campuses(), figure(current, aggregation),
                    figure(previous, aggregation)));
        });
        return totals;
    }

    private static @Nullable BigDecimal figure(@Nullable Year year, Aggregation aggregation) {
        if (year == null) {
            return null;
        }
        return aggregation == Aggregation.SUM ? year.total() : year.mean().setScale(1, RoundingMode.HALF_UP);
    }
}
