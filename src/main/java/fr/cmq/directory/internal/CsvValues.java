package fr.cmq.directory.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.importing.CsvRow;
import fr.cmq.shared.importing.RejectedRowException;

/** Reads the typed values of open-data files, refusing the line with a French reason when one is malformed. */
final class CsvValues {

    private CsvValues() {
    }

    /** "1", "oui", "true" are true; "0", "non", "false" and blank are false. */
    static String flag(CsvRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            return "false";
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "oui", "true", "o" -> "true";
            case "0", "non", "false", "n" -> "false";
            default -> throw new RejectedRowException("valeur « " + value + " » inattendue pour " + column + " (1 ou 0)");
        };
    }

    static @Nullable String decimal(CsvRow row, String column, double min, double max) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.replace(',', '.'));
            if (number < min || number > max) {
                throw new RejectedRowException(column + " « " + value + " » hors des bornes (" + min + " à " + max + ")");
            }
            return Double.toString(number);
        } catch (NumberFormatException e) {
            throw new RejectedRowException(column + " « " + value + " » n'est pas un nombre");
        }
    }

    static @Nullable String integer(CsvRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.toString(Integer.parseInt(value.replace(" ", "")));
        } catch (NumberFormatException e) {
            throw new RejectedRowException(column + " « " + value + " » n'est pas un nombre entier");
        }
    }

    static @Nullable String date(CsvRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new RejectedRowException(column + " « " + value + " » n'est pas une date AAAA-MM-JJ");
        }
    }

    static @Nullable String joined(CsvRow row, String... columns) {
        var joined = new StringBuilder();
        for (String column : columns) {
            String value = row.get(column);
            if (value != null) {
                joined.append(joined.isEmpty() ? "" : ", ").append(value);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }
}
