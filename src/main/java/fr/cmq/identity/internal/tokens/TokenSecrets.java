package fr.cmq.identity.internal.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a token: {@code cmq_} then a public prefix of 12 characters that finds its row, then {@code _} and a
 * secret of 32 random bytes. Only the SHA-256 of the whole token is kept; a token is compared in constant time.
 */
final class TokenSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final Pattern SHAPE = Pattern.compile("cmq_([a-z2-9]{12})_[A-Za-z0-9_-]{43}");

    private TokenSecrets() {
    }

    record Token(String prefix, String value) {
    }

    static Token newToken() {
        var prefix = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new Token(prefix.toString(),
                "cmq_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The prefix of what looks like a token, nothing for anything else. */
    static Optional<String> prefixOf(String token) {
        var matcher = SHAPE.matcher(token);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String token, byte[] hash) {
        return MessageDigest.isEqual(hash(token), hash);
    }
}
