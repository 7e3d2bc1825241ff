package fr.cmq.identity.internal.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

/**
 * The rule every password of the platform follows, whoever chooses it: long enough to resist guessing, short enough
 * for bcrypt to read it whole, made of more than a few characters, and not one of the passwords tried first.
 */
final class PasswordRule {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads 72 bytes and ignores the rest. */
    private static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;
    /** How many of the most common passwords are refused (NIST SP 800-63B: a list of those tried first). */
    static final int MOST_COMMON = 10_000;
    private static final Set<String> COMMON = Stream.concat(
            lines(PasswordRule.class.getResourceAsStream("/identity/passwords.txt.gz"), true),
            lines(PasswordRule.class.getResourceAsStream("/identity/common-passwords.txt"), false))
            .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private PasswordRule() {
    }

    /** Why the password is refused, in French, or nothing when it is fine. */
    static Optional<String> refusal(String password, String email) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Le mot de passe doit compter " + MIN_LENGTH + " caractères au moins.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Le mot de passe est trop long : " + MAX_BYTES + " octets au plus.");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("Le mot de passe doit mêler " + MIN_DISTINCT + " caractères différents au moins.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        String name = email.toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        if (COMMON.contains(lower) || COMMON.contains(stem) || (name.length() >= 4 && lower.contains(name))) {
            return Optional.of("Ce mot de passe est parmi les premiers essayés, ou reprend l'adresse : choisissez-en un autre.");
        }
        return Optional.empty();
    }

    /** The passwords of a list, most common first (a world list, gzipped), or ours, with its comments. */
    private static Stream<String> lines(@Nullable InputStream resource, boolean gzipped) {
        try (var reader = new BufferedReader(new InputStreamReader(gzipped
                ? new GZIPInputStream(Objects.requireNonNull(resource, "liste des mots de passe courants"))
                : Objects.requireNonNull(resource, "liste des mots de passe courants"), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .limit(MOST_COMMON).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
