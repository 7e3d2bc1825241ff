package fr.cmq.resilience;

import java.util.List;

/** What an attacker, a broken client or a clumsy paste puts in a field. */
final class Hostile {

    /** Markup that must never come back unescaped: each is searched for, as sent, in every answer. */
    static final List<String> MARKUP = List.of(
            "<script>alert('cmq')</script>",
            "\"><img src=x onerror=alert('cmq')>",
            "<svg onload=alert('cmq')>");

    static final List<String> TEXTS = List.of(
            MARKUP.get(0), MARKUP.get(1), MARKUP.get(2),
            "' OR '1'='1", "'; drop table campus; --", "%' union select password_hash from user_account --",
            "a\u0000b", "\u0000", "\u202Egnp.exe", "\u200B\u200B\u200B", "\uFEFF", "\uD83D\uDE80 fusée",
            "x".repeat(100_000), "99999999999999999999999", "-1", "NaN", "2026-13-45", "../../etc/passwd",
            "${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
            "fin\uFFFF", "\uFFFEdébut", "moitié \uD800 de paire", "nom\r\nBcc: victime@example.org");

    private Hostile() {
    }

    /** The first marker an answer reflects unescaped, or null. */
    static String reflected(String body) {
        return MARKUP.stream().filter(body::contains).findFirst().orElse(null);
    }
}
