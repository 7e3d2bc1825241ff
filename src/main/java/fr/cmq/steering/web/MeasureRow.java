package fr.cmq.steering.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.FrenchDates;
import fr.cmq.steering.IndicatorSeries;

/**
 * One line of an indicator's table on the tableau de bord, written out once here rather than by the template: three
 * years of monthly measures for twenty indicators are 720 lines, and formatting each in the template doubled the
 * page's time. {@code month}, {@code value} and {@code target} feed the chart drawn from the table.
 */
record MeasureRow(String month, String date, String shownValue, String shownTarget, String value,
        @Nullable String target) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    static List<MeasureRow> of(IndicatorSeries series) {
        var figures = NumberFormat.getNumberInstance(Locale.FRANCE);
        figures.setMinimumFractionDigits(2);
        figures.setMaximumFractionDigits(2);
        return series.measures().stream().map(measure -> {
            BigDecimal target = series.targets().get(measure.measuredOn().getYear());
            return new MeasureRow(MONTH.format(measure.measuredOn()), FrenchDates.DAY.format(measure.measuredOn()),
                    figures.format(measure.value()), target == null ? "—" : figures.format(target),
                    measure.value().toPlainString(), target == null ? null : target.toPlainString());
        }).toList();
    }
}
