package fr.cmq.directory;

import org.jspecify.annotations.Nullable;

/**
 * A commune of France as a person named it, and where it is placed: at the middle of the annuaire's establishments of
 * the commune, of its département when the commune has none, or nowhere when neither has any.
 */
public record Town(String code, String name, String departementCode, String departementName,
        @Nullable Double latitude, @Nullable Double longitude, Placement placement) {

    public enum Placement {
        COMMUNE, DEPARTEMENT, UNPLACED
    }

    /** The same town at a point found elsewhere (the places where formations are taught in it or around it). */
    public Town placedAt(double latitude, double longitude, Placement placement) {
        return new Town(code, name, departementCode, departementName, latitude, longitude, placement);
    }
}
