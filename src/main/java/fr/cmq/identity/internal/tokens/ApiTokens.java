package fr.cmq.identity.internal.tokens;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;

/**
 * A person's own API tokens: created with a name, an expiry within a year and read-only or not, shown once; listed
 * with their last use; revoked by their owner. Every act is audited on the account, never with the token.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens {

    static final int MAX_ACTIVE = 20;
    static final int MAX_NAME_LENGTH = 80;

    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;

    /** A token as its owner sees it, without its secret. */
    public record TokenView(long id, String name, String prefix, boolean readOnly, Instant createdAt,
            LocalDate expiresOn, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

        public boolean active(LocalDate today) {
            return revokedAt == null && !expiresOn.isBefore(today);
        }

        public String shownPrefix() {
            return "cmq_" + prefix + "_…";
        }
    }

    /** A token just created: its secret is given here once and kept nowhere. */
    public record Created(TokenView token, String secret) {
    }

    @Transactional(readOnly = true)
    public List<TokenView> ownedBy(CmqUser owner) {
        return jdbc.sql("select id, name, prefix, read_only, created_at, expires_on, last_used_at, revoked_at"
                        + " from api_token where user_account_id = :owner order by created_at desc, id desc")
                .param("owner", owner.id()).query((row, n) -> new TokenView(row.getLong("id"), row.getString("name"),
                        row.getString("prefix"), row.getBoolean("read_only"), instant(row.getTimestamp("created_at")),
                        row.getObject("expires_on", LocalDate.class), instant(row.getTimestamp("last_used_at")),
                        instant(row.getTimestamp("revoked_at"))))
                .list();
    }

    /**
     * @throws InvalidFieldException on {@code nom} or {@code expiration} when they are refused
     * @throws RuleViolationException when the owner has {@value #MAX_ACTIVE} active tokens already
     */
    @Transactional
    public Created create(CmqUser owner, String name, @Nullable LocalDate expiresOn, boolean readOnly) {
        String shownName = name.strip();
        if (shownName.isEmpty() || shownName.length() > MAX_NAME_LENGTH || PlainText.hasControlCharacters(shownName)) {
            throw new InvalidFieldException("nom", "Donnez au jeton un nom de 1 à " + MAX_NAME_LENGTH
                    + " caractères, qui dit à quoi il sert.");
        }
        var today = LocalDate.now(clock);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(1))) {
            throw new InvalidFieldException("expiration",
                    "L’échéance doit tomber entre demain et dans un an au plus.");
        }
        jdbc.sql("select id from user_account where id = :owner for update").param("owner", owner.id()).query().listOfRows();
        int active = jdbc.sql("select count(*) from api_token where user_account_id = :owner and revoked_at is null"
                        + " and expires_on >= :today").param("owner", owner.id()).param("today", today)
                .query(Integer.class).single();
        if (active >= MAX_ACTIVE) {
            throw new RuleViolationException("rule.token.too-many", MAX_ACTIVE);
        }
        var token = TokenSecrets.newToken();
        var now = clock.instant();
        long id = jdbc.sql("insert into api_token (user_account_id, name, prefix, token_hash, read_only, created_at,"
                        + " expires_on) values (:owner, :name, :prefix, :hash, :readOnly, :now, :expires) returning id")
                .param("owner", owner.id()).param("name", shownName).param("prefix", token.prefix())
                .param("hash", TokenSecrets.hash(token.value())).param("readOnly", readOnly)
                .param("now", Timestamp.from(now)).param("expires", expiresOn).query(Long.class).single();
        auditTrail.record("JETON_CREE", "compte", owner.id(), Map.of("nom", shownName, "acces",
                readOnly ? "lecture seule" : "lecture et écriture", "jusqu_au", expiresOn));
        return new Created(new TokenView(id, shownName, token.prefix(), readOnly, now, expiresOn, null, null),
                token.value());
    }

    /** Revokes one of the owner's tokens, at once. */
    @Transactional
    public void revoke(CmqUser owner, long tokenId) {
        var name = jdbc.sql("update api_token set revoked_at = :now where id = :id and user_account_id = :owner"
                        + " and revoked_at is null returning name")
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId).param("owner", owner.id())
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Aucun jeton actif " + tokenId + " sur votre compte."));
        auditTrail.record("JETON_REVOQUE", "compte", owner.id(), Map.of("nom", name));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
