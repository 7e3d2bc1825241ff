package fr.cmq.steering;

import java.util.Locale;

/**
 * How the measures of several campuses make one figure for a territory, decided by the indicator's unit: people,
 * things and euros add up (a région's apprentices are the sum of its campuses'); a rate, a share or an average does
 * not — two campuses at 60 % and 80 % are not at 140 % — and is averaged over the campuses that measure it.
 */
public enum Aggregation {
    SUM,
    AVERAGE;

    public static Aggregation of(String unit) {
        String said = unit.strip().toLowerCase(Locale.ROOT);
        boolean rate = said.contains("%") || said.contains("/") || said.startsWith("taux") || said.startsWith("part ")
                || said.equals("part") || said.startsWith("moyenne") || said.startsWith("ratio")
                || said.startsWith("indice") || said.startsWith("note") || said.startsWith("score");
        return rate ? AVERAGE : SUM;
    }
}
