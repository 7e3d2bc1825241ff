package fr.cmq.shared;

import org.jspecify.annotations.Nullable;

/**
 * What the platform takes as text: nothing some output cannot carry — no control character but tab and line breaks
 * (PostgreSQL cannot even store a NUL), no noncharacter such as U+FFFF (XML, and so the PDF, refuses it), no half of
 * a surrogate pair —, and, where a name is expected, at least one visible character (not only spaces or zero-width
 * marks). A file name keeps none of the marks that reverse the direction of text ({@code facture\u202Efdp.exe}).
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

    /**
     * An optional text of a form or a request: stripped, {@code null} when blank.
     *
     * @throws InvalidFieldException on {@code field} when longer than {@code max}
     */
    public static @Nullable String optional(@Nullable String value, String field, int max) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            throw new InvalidFieldException(field, max + " caractères au plus");
        }
        return text;
    }

    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(PlainText::isControl);
    }

    /** Whether the text holds a line break, of any kind: a name, a title, a subject is one line. */
    public static boolean hasLineBreak(String text) {
        return text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029);
    }

    /** A file name as the sender gave it, made harmless to show: its last segment, one line, no control or direction mark. */
    public static String fileName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String kept = last.codePoints()
                .filter(c -> !isControl(c) && !isDirectionMark(c) && c != '\n' && c != '\r' && c != '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        // the end is kept, with the extension
        return kept.length() > 200 ? kept.substring(kept.length() - 200) : kept;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    private static boolean isDirectionMark(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
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
