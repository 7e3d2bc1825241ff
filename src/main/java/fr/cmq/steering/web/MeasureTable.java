package fr.cmq.steering.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import fr.cmq.shared.FrenchDates;
import fr.cmq.steering.IndicatorSeries;

/**
 * An indicator's table on the tableau de bord, written out once here rather than by the template: three years of
 * monthly measures for twenty indicators are 720 lines, and the template's expressions per line were most of the
 * page's time. The lines are the table's body as markup ({@code lines}: dates and figures the platform formatted,
 * escaped all the same); the chart is drawn from {@code months}, {@code values} and {@code targets} (comma-separated,
 * as the figure's data attributes).
 *
 * @param targets the year's target of each measure, empty where none is set
 */
record MeasureTable(String lines, String months, String values, String targets) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    static MeasureTable of(IndicatorSeries series) {
        var figures = NumberFormat.getNumberInstance(Locale.FRANCE);
        figures.setMinimumFractionDigits(2);
        figures.setMaximumFractionDigits(2);
        var measures = series.measures();
        List<BigDecimal> targets = measures.stream()
                .map(measure -> series.targets().get(measure.measuredOn().getYear())).toList();
        var lines = new StringBuilder(measures.size() * 64);
        for (int i = 0; i < measures.size(); i++) {
            var measure = measures.get(i);
            var target = targets.get(i);
            lines.append("<tr>");
            cell(lines, FrenchDates.DAY.format(measure.measuredOn()));
            cell(lines, figures.format(measure.value()));
            cell(lines, target == null ? "—" : figures.format(target));
            lines.append("</tr>");
        }
        return new MeasureTable(lines.toString(),
                measures.stream().map(measure -> MONTH.format(measure.measuredOn())).collect(Collectors.joining(",")),
                measures.stream().map(measure -> measure.value().toPlainString()).collect(Collectors.joining(",")),
                targets.stream().map(target -> target == null ? "" : target.toPlainString())
                        .collect(Collectors.joining(",")));
    }

    private static void cell(StringBuilder lines, String text) {
        lines.append("<td>").append(HtmlUtils.htmlEscape(text, "UTF-8")).append("</td>");
    }
}
