package fr.cmq.identity.internal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links sent by e-mail that open one act once. The secret is 32 random bytes, given only to the e-mail; the
 * database keeps its SHA-256. Using one link of an account ends its other links for the same act.
 */
@Component
@RequiredArgsConstructor
class OneTimeLinks {

    static final Duration INVITATION = Duration.ofHours(72);
    static final Duration RESET = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    enum Purpose {
        INVITATION, REINITIALISATION
    }

    /** A link issued for an e-mail, with its secret, which nothing keeps. */
    record Issued(long id, String token) {
    }

    /** What a valid link opens. */
    record Opened(long accountId, String email, String displayName, Purpose purpose) {
    }

    /** Whether the e-mail of this occasion left already: a retried sending skips it. */
    boolean sent(long accountId, String occasion) {
        return jdbc.sql("select exists (select 1 from one_time_link where user_account_id = :account"
                        + " and occasion = :occasion and sent_at is not null)")
                .param("account", accountId).param("occasion", occasion).query(Boolean.class).single();
    }

    /** A new link for the occasion; one issued for it before and never sent is dropped. */
    Issued issue(long accountId, Purpose purpose, String occasion) {
        jdbc.sql("delete from one_time_link where user_account_id = :account and occasion = :occasion and sent_at is null")
                .param("account", accountId).param("occasion", occasion).update();
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        long id = jdbc.sql("insert into one_time_link (user_account_id, purpose, occasion, token_hash, created_at,"
                        + " expires_at) values (:account, :purpose, :occasion, :hash, :now, :expires) returning id")
                .param("account", accountId).param("purpose", purpose.name()).param("occasion", occasion)
                .param("hash", hash(token)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(purpose == Purpose.INVITATION ? INVITATION : RESET)))
                .query(Long.class).single();
        return new Issued(id, token);
    }

    void markSent(long linkId) {
        jdbc.sql("update one_time_link set sent_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", linkId).update();
    }

    /** Whether a link for this act was sent to the account lately: a reset asked again and again sends one. */
    boolean sentSince(long accountId, Purpose purpose, Duration ago) {
        return jdbc.sql("select exists (select 1 from one_time_link where user_account_id = :account"
                        + " and purpose = :purpose and sent_at > :since and used_at is null)")
                .param("account", accountId).param("purpose", purpose.name())
                .param("since", Timestamp.from(clock.instant().minus(ago))).query(Boolean.class).single();
    }

    /** The account a link opens, while it is unused, unexpired and its account enabled. */
    Optional<Opened> open(String token) {
        if (token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("select a.id, a.email, a.display_name, l.purpose from one_time_link l"
                        + " join user_account a on a.id = l.user_account_id"
                        + " where l.token_hash = :hash and l.used_at is null and l.expires_at > :now and a.enabled")
                .param("hash", hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> new Opened(row.getLong("id"), row.getString("email"),
                        row.getString("display_name"), Purpose.valueOf(row.getString("purpose"))))
                .optional();
    }

    /** Uses the link, and every other open link of its account for the same act, once: false when it was used. */
    boolean use(String token, Opened opened) {
        var now = Timestamp.from(clock.instant());
        int used = jdbc.sql("update one_time_link set used_at = :now where token_hash = :hash and used_at is null")
                .param("now", now).param("hash", hash(token)).update();
        endAll(opened.accountId());
        return used == 1;
    }

    /** Ends every open link of the account: its password was just set another way. */
    void endAll(long accountId) {
        jdbc.sql("update one_time_link set used_at = :now where user_account_id = :account and used_at is null")
                .param("now", Timestamp.from(clock.instant())).param("account", accountId).update();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
