package fr.cmq.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identifier of a company's establishment: 14 digits whose Luhn sum is a multiple of 10 — except for La Poste
 * (SIREN 356 000 000), whose establishments' SIRET, but for the head office's, have instead a digit sum that is a
 * multiple of 5.
 */
public record Siret(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{14}");
    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidIdentifierException(problem);
        }
    }

    /** Reads a SIRET as people write it, with spaces between the groups of digits. */
    @JsonCreator
    public static Siret parse(String text) {
        return new Siret(text.replaceAll("[\\s\\u00A0]", ""));
    }

    public static boolean isValid(String text) {
        return problemWith(text.replaceAll("[\\s\\u00A0]", "")) == null;
    }

    public String siren() {
        return value.substring(0, 9);
    }

    private static @Nullable String problemWith(String value) {
        if (!FORMAT.matcher(value).matches()) {
            return "SIRET « " + value + " » invalide : 14 chiffres attendus";
        }
        boolean valid = luhnSum(value) % 10 == 0
                || (value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 == 0);
        return valid ? null : "SIRET « " + value + " » invalide : la clé de contrôle ne correspond pas";
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    @Override
    public String toString() {
        return value;
    }
}
