package fr.cmq.campus.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The sites and members of a campus on an outline of metropolitan France, drawn from coordinates alone (no tiles, no
 * internet). The outline is schematic; places outside metropolitan France are listed, not drawn.
 */
final class PlacesMap {

    private static final double WEST = -5.3;
    private static final double EAST = 9.8;
    private static final double NORTH = 51.2;
    private static final double SOUTH = 41.2;
    /** Degrees of longitude are shorter than degrees of latitude at the latitude of France. */
    private static final double LONGITUDE_FACTOR = Math.cos(Math.toRadians(46.5));
    private static final double SCALE = 40;

    private static final double[][] MAINLAND = {{2.55, 51.08}, {3.2, 50.75}, {3.97, 50.35}, {4.82, 50.15}, {5.8, 49.55},
            {6.4, 49.47}, {7.95, 49.04}, {8.2, 48.97}, {7.6, 47.6}, {6.95, 47.45}, {6.4, 46.95}, {6.1, 46.25},
            {6.8, 46.4}, {6.86, 45.83}, {7.1, 45.2}, {6.65, 45.05}, {7.0, 44.3}, {7.5, 43.78}, {7.0, 43.55},
            {6.2, 43.1}, {5.37, 43.3}, {4.6, 43.4}, {3.47, 43.3}, {3.05, 42.9}, {3.17, 42.44}, {1.7, 42.5},
            {0.7, 42.85}, {-0.3, 42.85}, {-1.78, 43.36}, {-1.45, 43.6}, {-1.2, 44.66}, {-1.1, 45.6}, {-1.4, 46.2},
            {-2.2, 46.9}, {-2.2, 47.27}, {-3.37, 47.75}, {-4.37, 47.8}, {-4.75, 48.35}, {-4.55, 48.65},
            {-3.5, 48.83}, {-2.76, 48.51}, {-2.0, 48.65}, {-1.51, 48.64}, {-1.6, 49.2}, {-1.94, 49.72},
            {-1.26, 49.67}, {-1.1, 49.35}, {0.1, 49.49}, {0.37, 49.76}, {1.37, 50.06}, {1.6, 50.4}, {1.85, 50.95}};
    private static final double[][] CORSICA = {{9.45, 43.0}, {9.55, 42.55}, {9.5, 42.05}, {9.25, 41.38}, {8.8, 41.55},
            {8.6, 41.9}, {8.6, 42.35}, {8.9, 42.62}, {9.3, 42.7}, {9.35, 43.0}};

    /** Drawn once: the outlines do not change from one campus to the next. */
    private static final List<String> OUTLINES = List.of(path(MAINLAND), path(CORSICA));

    /** A place to draw: a site or a member. */
    record Point(String label, boolean site, double x, double y) {
    }

    record Drawing(List<Point> points, int outside, List<String> outlines) {

        public boolean empty() {
            return points.isEmpty();
        }
    }

    private PlacesMap() {
    }

    static int width() {
        return (int) Math.ceil((EAST - WEST) * LONGITUDE_FACTOR * SCALE);
    }

    static int height() {
        return (int) Math.ceil((NORTH - SOUTH) * SCALE);
    }

    /** Places given as label, whether it is a site, latitude and longitude (null when unknown: left out). */
    static Drawing draw(Stream<Place> places) {
        var located = places.filter(place -> place.latitude() != null && place.longitude() != null).toList();
        var inside = located.stream().filter(PlacesMap::metropolitan)
                .map(place -> new Point(place.label(), place.site(), x(place.longitude()), y(place.latitude())))
                .toList();
        return new Drawing(inside, located.size() - inside.size(), OUTLINES);
    }

    record Place(String label, boolean site, @Nullable Double latitude, @Nullable Double longitude) {
    }

    private static boolean metropolitan(Place place) {
        return place.latitude() >= SOUTH && place.latitude() <= NORTH && place.longitude() >= WEST
                && place.longitude() <= EAST;
    }

    private static double x(double longitude) {
        return round((longitude - WEST) * LONGITUDE_FACTOR * SCALE);
    }

    private static double y(double latitude) {
        return round((NORTH - latitude) * SCALE);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String path(double[][] outline) {
        return Stream.of(outline).map(point -> String.format(Locale.ROOT, "%.1f,%.1f", x(point[0]), y(point[1])))
                .collect(Collectors.joining(" L", "M", " Z"));
    }
}
