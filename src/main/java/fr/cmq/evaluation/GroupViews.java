package fr.cmq.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the groups of the network say of one référence beside the team's position. A group with fewer than
 * {@value #SMALL_GROUP} answers is never shown alone (its answers could be told apart): it is said to be too small.
 * The views diverge when two of the readings shown — the groups' medians and the team's position — are
 * {@value #DIVERGENCE} steps apart or more.
 */
public record GroupViews(String referenceCode, @Nullable Integer team, List<View> views, boolean divergent) {

    public static final int SMALL_GROUP = 5;
    public static final int DIVERGENCE = 2;

    /** A group's answers: how many chose each step (index 0 for step 1), and their median, unless too few to show. */
    public record View(Audience audience, int answers, int @Nullable [] counts, @Nullable Double median) {

        public boolean shown() {
            return counts != null;
        }
    }

    /** {@code counts}: for each group, how many answers chose each step (index 0 for step 1). */
    public static GroupViews of(String referenceCode, @Nullable Integer team, Map<Audience, int[]> counts) {
        var views = new ArrayList<View>();
        double lowest = team == null ? Double.MAX_VALUE : team;
        double highest = team == null ? -Double.MAX_VALUE : team;
        for (var audience : Audience.values()) {
            int[] steps = counts.get(audience);
            if (steps == null) {
                continue;
            }
            int answers = 0;
            for (int step : steps) {
                answers += step;
            }
            if (answers < SMALL_GROUP) {
                views.add(new View(audience, answers, null, null));
                continue;
            }
            double median = median(steps, answers);
            lowest = Math.min(lowest, median);
            highest = Math.max(highest, median);
            views.add(new View(audience, answers, steps.clone(), median));
        }
        return new GroupViews(referenceCode, team, List.copyOf(views), highest - lowest >= DIVERGENCE);
    }

    /** The median of answers on the four steps, given how many chose each: the middle one, or the mean of the two. */
    static double median(int[] steps, int answers) {
        return (nth(steps, (answers - 1) / 2) + nth(steps, answers / 2)) / 2.0;
    }

    private static int nth(int[] steps, int index) {
        int seen = 0;
        for (int step = 0; step < steps.length; step++) {
            seen += steps[step];
            if (index < seen) {
                return step + 1;
            }
        }
        throw new IllegalArgumentException("index " + index + " past the answers");
    }
}
