package fr.cmq.territory;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The territories as the State's chart library (DSFR Chart) names them on its maps: régions by letters on the mainland
 * ({@code 44} → {@code GES}) and by number overseas ({@code 01} → {@code 971}), départements by their two- or
 * three-character code ({@code 057} → {@code 57}, {@code 02A} → {@code 2A}, {@code 971}).
 */
public final class ChartCodes {

    private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("84", "ARA"), Map.entry("27", "BFC"),
            Map.entry("53", "BRE"), Map.entry("24", "CVL"), Map.entry("94", "20R"), Map.entry("44", "GES"),
            Map.entry("32", "HDF"), Map.entry("11", "IDF"), Map.entry("28", "NOR"), Map.entry("75", "NAQ"),
            Map.entry("76", "OCC"), Map.entry("52", "PDL"), Map.entry("93", "PAC"), Map.entry("01", "971"),
            Map.entry("02", "972"), Map.entry("03", "973"), Map.entry("04", "974"), Map.entry("06", "976"));

    private ChartCodes() {
    }

    /** The map's code of a région by its INSEE code, or null for one the map does not draw. */
    public static @Nullable String region(String inseeCode) {
        return REGIONS.get(inseeCode);
    }

    /** Every région's map code. */
    public static Collection<String> regions() {
        return REGIONS.values();
    }

    public static String departement(String code) {
        return code.length() == 3 && code.charAt(0) == '0' ? code.substring(1) : code;
    }
}
