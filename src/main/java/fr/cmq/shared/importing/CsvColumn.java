package fr.cmq.shared.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column an importer reads, found by name in the file's header. Names are compared loosely (case, accents, spaces
 * and punctuation ignored: {@code Code postal} is {@code Code_postal}), and a column may have other names it was given
 * in other years' exports.
 */
public record CsvColumn(String name, boolean required, List<String> otherNames) {

    public static CsvColumn required(String name, String... otherNames) {
        return new CsvColumn(name, true, List.of(otherNames));
    }

    public static CsvColumn optional(String name, String... otherNames) {
        return new CsvColumn(name, false, List.of(otherNames));
    }

    boolean matches(String header) {
        String key = normalize(header);
        return normalize(name).equals(key) || otherNames.stream().anyMatch(other -> normalize(other).equals(key));
    }

    static String normalize(String header) {
        String withoutAccents = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
