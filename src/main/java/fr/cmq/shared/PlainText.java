package fr.cmq.shared;

import org.jspecify.annotations.Nullable;

/**
 * What the platform takes as text: no control character but tab and line breaks (PostgreSQL cannot even store a
 * NUL), and, where a name is expected, at least one visible character (not only spaces or zero-width marks).
 */
public final class PlainText {

    /** No e-mail address is longer (RFC 5321 allows 254 characters; room is left for spaces around it). */
    public static final int MAX_EMAIL_LENGTH = 320;

    private PlainText() {
    }

    /** A field as a form sends it: stripped, or {@code null} when nothing but spaces was typed. */
    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(PlainText::isControl);
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    /** The text without its control characters, cut to {@code maxLength}: to record what someone typed, harmlessly. */
    public static String printable(String text, int maxLength) {
        String kept = text.codePoints().filter(c -> !isControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return kept.length() > maxLength ? kept.substring(0, maxLength) + "…" : kept;
    }

    public static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL);
    }
}
