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

/**
 * {@link IndicatorFigures} in one statement: the latest measure of each year of each indicator a campus follows (kept
 * by triggers in {@code indicator_year_latest}, V49), summed and averaged.
 */
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
        jdbc.sql("select y.code, i.label, i.unit, y.year, count(*) as campuses, sum(y.value) as total,"
                        + " avg(y.value) as mean from indicator_year_latest y join campus c on c.id = y.campus_id"
                        + " join campus_indicator ci on ci.campus_id = y.campus_id and ci.code = y.code"
                        + " join indicator i on i.code = y.code"
                        + " where " + selection.where("c", params) + " and y.year in (:year - 1, :year)"
                        + " group by y.code, i.label, i.unit, i.position, y.year order by i.position, y.code, y.year")
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
