package fr.cmq.steering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An indicator of a campus: its measures by date and its target for each year. */
public record IndicatorSeries(long campusId, Indicator indicator, List<Measure> measures, Map<Integer, BigDecimal> targets) {

    public @Nullable Measure latest() {
        return measures.isEmpty() ? null : measures.getLast();
    }

    /** The target of the year of the latest measure. */
    public @Nullable BigDecimal latestTarget() {
        var latest = latest();
        return latest == null ? null : targets.get(latest.measuredOn().getYear());
    }

    /** Whether the latest measure reaches its year's target, in the indicator's direction; null without both. */
    public @Nullable Boolean onTarget() {
        var latest = latest();
        var target = latestTarget();
        if (latest == null || target == null) {
            return null;
        }
        int compared = latest.value().compareTo(target);
        return indicator.higherIsBetter() ? compared >= 0 : compared <= 0;
    }

    /** The latest measure against the one before: up, down or flat, or null with fewer than two. */
    public @Nullable Integer trend() {
        return measures.size() < 2 ? null : Integer.signum(measures.getLast().value().compareTo(measures.get(measures.size() - 2).value()));
    }
}
