package fr.cmq.steering;

import org.jspecify.annotations.Nullable;

/**
 * An indicator of the national catalogue: what it counts, in which unit, whether more is better, how it is measured;
 * {@code computed} when the platform counts it from its own data (then it is never typed).
 */
public record Indicator(String code, String label, String unit, boolean higherIsBetter, @Nullable String method,
        @Nullable ComputedFrom computed) {

    /** What the platform counts for a computed indicator, each year. */
    public enum ComputedFrom {
        /** Members of the network at the end of the year (or today). */
        MEMBRES,
        /** Companies among them. */
        ENTREPRISES,
        /** Events held in the year. */
        EVENEMENTS,
        /** People who came to them. */
        PARTICIPANTS,
        /** Actions of the plan done in the year. */
        ACTIONS_TERMINEES
    }
}
