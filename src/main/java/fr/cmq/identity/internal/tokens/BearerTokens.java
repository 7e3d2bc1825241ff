package fr.cmq.identity.internal.tokens;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.AccountDetailsService;

/**
 * Who a token sent with a request stands for: its owner with the grants held today, while the token is neither
 * revoked nor past its day and the account is enabled. One indexed read by prefix and a hash, no password check;
 * the last use is written at most once a minute.
 */
@Component
@RequiredArgsConstructor
public class BearerTokens {

    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountDetailsService accounts;
    private final Clock clock;

    /** The owner a valid token acts for, and whether it may only read. */
    public record Bearer(CmqUser user, long tokenId, boolean readOnly) {
    }

    public Optional<Bearer> authenticate(String token) {
        var prefix = TokenSecrets.prefixOf(token);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        var today = LocalDate.now(clock);
        return jdbc.sql("select id, user_account_id, token_hash, read_only, last_used_at from api_token"
                        + " where prefix = :prefix and revoked_at is null and expires_on >= :today")
                .param("prefix", prefix.get()).param("today", today)
                .query((row, n) -> new Row(row.getLong("id"), row.getLong("user_account_id"),
                        row.getBytes("token_hash"), row.getBoolean("read_only"), row.getTimestamp("last_used_at")))
                .optional()
                .filter(row -> TokenSecrets.matches(token, row.hash()))
                .flatMap(row -> accounts.holder(row.ownerId()).map(user -> {
                    noteUse(row);
                    return new Bearer(user, row.id(), row.readOnly());
                }));
    }

    private void noteUse(Row row) {
        var now = clock.instant();
        if (row.lastUsedAt() == null || row.lastUsedAt().toInstant().isBefore(now.minus(LAST_USE_PRECISION))) {
            jdbc.sql("update api_token set last_used_at = :now where id = :id")
                    .param("now", Timestamp.from(now)).param("id", row.id()).update();
        }
    }

    private record Row(long id, long ownerId, byte[] hash, boolean readOnly, @Nullable Timestamp lastUsedAt) {
    }
}
