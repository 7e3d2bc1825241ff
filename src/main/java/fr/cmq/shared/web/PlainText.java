package fr.cmq.shared.web;

/**
 * What the platform takes as text: no control character but tab and line breaks (PostgreSQL cannot even store a
 * NUL), and, where a name is expected, at least one visible character (not only spaces or zero-width marks).
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
    }

    public static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL);
    }
}
