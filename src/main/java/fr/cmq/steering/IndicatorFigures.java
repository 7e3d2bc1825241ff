package fr.cmq.steering;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.CampusSelection;

/**
 * The indicators of the catalogue across a selection of campuses: each campus's latest measure of the year, summed or
 * averaged as the unit says ({@link Aggregation}), beside the same for the year before. The indicators the platform
 * counts itself are not measures and are not in it.
 */
public interface IndicatorFigures {

    List<IndicatorTotal> totals(CampusSelection selection, int year);

    /**
     * @param campuses how many campuses measured it this year
     * @param value this year's figure, null when no campus measured it this year
     * @param previous last year's, null when none measured it then
     */
    record IndicatorTotal(String code, String label, String unit, Aggregation aggregation, long campuses,
            @Nullable BigDecimal value, @Nullable BigDecimal previous) {

        /** This year's figure minus last year's, when both are known. */
        public @Nullable BigDecimal trend() {
            return value == null || previous == null ? null : value.subtract(previous);
        }
    }
}
