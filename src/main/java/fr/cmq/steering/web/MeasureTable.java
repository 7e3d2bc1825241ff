package fr.cmq.steering.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.cmq.shared.FrenchDates;
import fr.cmq.steering.IndicatorSeries;

/**
 * An indicator's table on the tableau de bord, written out once here rather than by the template: three years of
 * monthly measures for twenty indicators are 720 lines, and every expression evaluated per line costs the page. The
 * chart is drawn from {@code months}, {@code values} and {@code targets} (comma-separated, as the figure's data
 * attributes), the table shows the lines.
 *
 * @param targets the year's target of each measure, empty where none is set
 */
record MeasureTable(List<Row> rows, String months, String values, String targets) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    /** One measure as the table shows it. */
    record Row(String date, String value, String target) {
    }

    static MeasureTable of(IndicatorSeries series) {
        var figures = NumberFormat.getNumberInstance(Locale.FRANCE);
        figures.setMinimumFractionDigits(2);
        figures.setMaximumFractionDigits(2);
        var measures = series.measures();
        List<BigDecimal> targets = measures.stream()
                .map(measure -> series.targets().get(measure.measuredOn().getYear())).toList();
        var rows = new ArrayList<Row>(measures.size());
        for (int i = 0; i < measures.size(); i++) {
            var measure = measures.get(i);
            var target = targets.get(i);
            rows.add(new Row(FrenchDates.DAY.format(measure.measuredOn()), figures.format(measure.value()),
                    target == null ? "—" : figures.format(target)));
        }
        return new MeasureTable(rows,
                measures.stream().map(measure -> MONTH.format(measure.measuredOn())).collect(Collectors.joining(",")),
                measures.stream().map(measure -> measure.value().toPlainString()).collect(Collectors.joining(",")),
                targets.stream().map(target -> target == null ? "" : target.toPlainString())
                        .collect(Collectors.joining(",")));
    }
}
