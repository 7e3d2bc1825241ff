package fr.cmq.campus.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import fr.cmq.campus.Facet;

/**
 * A schematic map of France drawn without any map data: one square per région, placed roughly where the région is,
 * the overseas régions on a row of their own, each showing how many campuses it has.
 */
final class FranceTileMap {

    private static final int TILE = 96;
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

    /**
     * The tiles as SVG markup, written once here rather than by the template (eighteen expressions a tile were a
     * quarter of the directory's time): each a link to the directory of its région, named for assistive technologies
     * by {@code campuses.map.tile}; the régions' names are escaped.
     */
    static String tiles(List<Facet> regions, MessageSource messages) {
        var markup = new StringBuilder(regions.size() * 640);
        for (var region : regions) {
            var place = PLACES.get(region.value());
            if (place == null) {
                continue;
            }
            int x = place.column() * STEP;
            int y = place.row() * STEP + (place.row() == 4 ? TILE / 2 : 0);
            String state = region.count() > 0 ? "some" : "none";
            String name = escape(messages.getMessage("campuses.map.tile", new Object[] { region.label(),
                    region.count() }, Locale.FRANCE));
            markup.append("<a href=\"/campus?region=").append(UriUtils.encodeQueryParam(region.value(), UTF_8))
                    .append("\" aria-label=\"").append(name).append("\"><title>").append(name).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(TILE)
                    .append("\" height=\"").append(TILE).append("\" rx=\"4\" class=\"cmq-tile--").append(state)
                    .append("\"></rect>");
            text(markup, x, y + 38, "cmq-tile-name", state, place.abbreviation());
            text(markup, x, y + 72, "cmq-tile-count", state, Long.toString(region.count()));
            markup.append("</a>");
        }
        return markup.toString();
    }

    private static void text(StringBuilder markup, int x, int y, String kind, String state, String text) {
        markup.append("<text x=\"").append(x + TILE / 2).append("\" y=\"").append(y).append("\" class=\"")
                .append(kind).append(" cmq-tile-text--").append(state).append("\" text-anchor=\"middle\">")
                .append(escape(text)).append("</text>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, UTF_8.name());
    }

    static int width() {
        return 5 * STEP;
    }

    static int height() {
        return 5 * STEP + TILE / 2;
    }
}
