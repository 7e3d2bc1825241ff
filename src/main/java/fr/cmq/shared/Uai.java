package fr.cmq.shared;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The national identifier of an education establishment (unité administrative immatriculée): seven digits and a
 * check letter, the remainder of the seven digits divided by 23 in the alphabet without I, O and Q.
 */
public record Uai(@JsonValue String value) {

    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("\\d{7}[A-Z]");

    public Uai {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidIdentifierException(problem);
        }
    }

    /** Reads a UAI as people write it: surrounding spaces and lower case are tolerated. */
    @JsonCreator
    public static Uai parse(String text) {
        return new Uai(text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return problemWith(text.strip().toUpperCase(Locale.ROOT)) == null;
    }

    private static @org.jspecify.annotations.Nullable String problemWith(String value) {
        if (!FORMAT.matcher(value).matches()) {
            return "UAI « " + value + " » invalide : 7 chiffres suivis d'une lettre attendus";
        }
        char expected = CHECK_LETTERS.charAt(Integer.parseInt(value.substring(0, 7)) % 23);
        if (value.charAt(7) != expected) {
            return "UAI « " + value + " » invalide : la lettre de contrôle devrait être " + expected;
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
