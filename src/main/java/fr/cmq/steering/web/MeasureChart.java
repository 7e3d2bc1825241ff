package fr.cmq.steering.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.cmq.steering.IndicatorSeries;

/**
 * An indicator's chart on its page, drawn from the figure's data attributes: the months, the values and the year's
 * target of each measure (comma-separated; a target is empty where none is set). The measures' table beside it is the
 * way to read them without the chart.
 */
record MeasureChart(String months, String values, String targets) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    static MeasureChart of(IndicatorSeries series) {
        var measures = series.measures();
        return new MeasureChart(
                measures.stream().map(measure -> MONTH.format(measure.measuredOn())).collect(Collectors.joining(",")),
                measures.stream().map(measure -> measure.value().toPlainString()).collect(Collectors.joining(",")),
                measures.stream().map(measure -> plain(series.targets().get(measure.measuredOn().getYear())))
                        .collect(Collectors.joining(",")));
    }

    private static String plain(@Nullable BigDecimal target) {
        return target == null ? "" : target.toPlainString();
    }
}
