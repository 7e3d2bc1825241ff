package fr.cmq.campus.web;

import java.util.List;
import java.util.Map;

import fr.cmq.campus.Facet;

/**
 * A schematic map of France drawn without any map data: one square per région, placed roughly where the région is,
 * the overseas régions on a row of their own, each showing how many campuses it has.
 */
final class FranceTileMap {

    static final int TILE = 96;
    private static final int STEP = TILE + 6;

    private record Place(String abbreviation, int column, int row) {
    }

    /** Where each région (by INSEE code) stands. */
    private static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("28", new Place("NOR", 1, 0)), Map.entry("32", new Place("HDF", 2, 0)),
            Map.entry("44", new Place("GE", 3, 0)), Map.entry("53", new Place("BRE", 0, 1)),
            Map.entry("52", new Place("PDL", 1, 1)), Map.entry("11", new Place("IDF", 2, 1)),
            Map.entry("27", new Place("BFC", 3, 1)), Map.entry("75", new Place("NA", 1, 2)),
            Map.entry("24", new Place("CVL", 2, 2)), Map.entry("84", new Place("ARA", 3, 2)),
            Map.entry("76", new Place("OCC", 2, 3)), Map.entry("93", new Place("PACA", 3, 3)),
            Map.entry("94", new Place("COR", 4, 3)), Map.entry("01", new Place("GUA", 0, 4)),
            Map.entry("02", new Place("MAR", 1, 4)), Map.entry("03", new Place("GUY", 2, 4)),
            Map.entry("04", new Place("LRE", 3, 4)), Map.entry("06", new Place("MAY", 4, 4)));

    private FranceTileMap() {
    }

    record Tile(String code, String label, String abbreviation, long count, int x, int y) {
    }

    static List<Tile> tiles(List<Facet> regions) {
        return regions.stream()
                .filter(region -> PLACES.containsKey(region.value()))
                .map(region -> {
                    var place = PLACES.get(region.value());
                    int overseasGap = place.row() == 4 ? TILE / 2 : 0;
                    return new Tile(region.value(), region.label(), place.abbreviation(), region.count(),
                            place.column() * STEP, place.row() * STEP + overseasGap);
                })
                .toList();
    }

    static int width() {
        return 5 * STEP;
    }

    static int height() {
        return 5 * STEP + TILE / 2;
    }
}
