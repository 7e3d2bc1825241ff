package fr.cmq.steering.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.cmq.steering.IndicatorSeries;
import fr.cmq.steering.Measure;

/**
 * The line of an indicator's recent measures on its tile: the points of an SVG polyline in a 120 × 32 box, the lowest
 * measure at the bottom, the highest at the top (a flat line in the middle when they are all equal). Decorative: the
 * tile says the latest value, its target and its trend in words.
 */
final class Sparkline {

    static final int MEASURES = 12;
    private static final double WIDTH = 120;
    private static final double HEIGHT = 32;
    private static final double MARGIN = 2;

    private Sparkline() {
    }

    /** The points of each indicator with two measures or more, by code. */
    static Map<String, String> of(List<IndicatorSeries> series) {
        var lines = new HashMap<String, String>();
        for (var one : series) {
            var measures = one.measures();
            if (measures.size() >= 2) {
                lines.put(one.indicator().code(), points(measures.subList(Math.max(0, measures.size() - MEASURES),
                        measures.size())));
            }
        }
        return lines;
    }

    static String points(List<Measure> measures) {
        var values = measures.stream().map(Measure::value).map(BigDecimal::doubleValue).toList();
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double step = WIDTH / (values.size() - 1);
        return IntStream.range(0, values.size()).mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f",
                i * step, high == low ? HEIGHT / 2 : HEIGHT - MARGIN - (values.get(i) - low) / (high - low) * (HEIGHT - 2 * MARGIN)))
                .collect(Collectors.joining(" "));
    }
}
