package fr.cmq.campus.web;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The places of a campus — its sites and its members — that have coordinates, for the base map's script (the page
 * carries them as JSON in an attribute, escaped as any attribute). Without tiles configured there is no map: the page
 * lists the sites with their addresses.
 */
final class PlacesMap {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A place as given: a site or a member, its coordinates unknown when null (then left out). */
    record Place(String label, boolean site, @Nullable Double latitude, @Nullable Double longitude) {
    }

    /** A place on the map. */
    record Marker(String label, boolean site, double lat, double lon) {
    }

    private PlacesMap() {
    }

    static List<Marker> located(Stream<Place> places) {
        return places.filter(place -> place.latitude() != null && place.longitude() != null)
                .map(place -> new Marker(place.label(), place.site(), place.latitude(), place.longitude())).toList();
    }

    static String json(List<Marker> markers) {
        return JSON.writeValueAsString(markers);
    }
}
