package fr.cmq.training;

import fr.cmq.shared.InvalidFieldException;

/** A point on Earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new InvalidFieldException("near", "Coordonnées hors limites : latitude entre -90 et 90, longitude entre -180 et 180");
        }
    }

    /** Reads {@code "48.85,2.35"}. */
    public static GeoPoint parse(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidFieldException("near", "« " + text + " » n'est pas un point : latitude,longitude attendus (48.85,2.35)");
    }
}
