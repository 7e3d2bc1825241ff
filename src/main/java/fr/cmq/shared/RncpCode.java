package fr.cmq.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A certification's number in the Répertoire national des certifications professionnelles, written {@code RNCP}
 * followed by its digits. Files often give the digits alone; both are read.
 */
public record RncpCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("RNCP[1-9]\\d{0,5}");

    public RncpCode {
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifierException("Code RNCP « " + value + " » invalide : RNCP suivi de 1 à 6 chiffres attendu");
        }
    }

    public static RncpCode parse(String text) {
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return new RncpCode(compact.startsWith("RNCP") ? compact : "RNCP" + compact);
    }

    @Override
    public String toString() {
        return value;
    }
}
