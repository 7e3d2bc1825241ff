package fr.cmq.identity.internal.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;

/**
 * The sessions open on each account: noted at sign-in under a random mark the session keeps, listed to their
 * holder while their stored session lives, closed by it — the closed session is signed out at its next request —
 * and forgotten when they end.
 */
@Service
@RequiredArgsConstructor
public class AccountSessions {

    /** The session attribute that holds the mark. */
    public static final String MARK = "cmq.session.mark";
    private static final int MAX_AGENT_LENGTH = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;

    /** A session as its holder sees it. */
    public record OpenSession(long id, String mark, Instant openedAt, @Nullable String userAgent,
            @Nullable String address) {
    }

    /**
     * Notes a session just signed in, under its stored session's id; the mark returned goes into it. The account's
     * sessions that ended meanwhile, timed out or closed, are forgotten.
     */
    @Transactional
    public String opened(long accountId, String sessionId, @Nullable String userAgent, @Nullable String address) {
        jdbc.sql("""
                delete from account_session s where s.user_account_id = :account
                and not exists (select 1 from spring_session t where t.session_id = s.session_id)""")
                .param("account", accountId).update();
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String mark = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into account_session (user_account_id, mark, session_id, opened_at, user_agent, address)"
                        + " values (:account, :mark, :session, :now, :agent, :address)")
                .param("account", accountId).param("mark", mark).param("session", sessionId)
                .param("now", Timestamp.from(clock.instant()))
                .param("agent", userAgent == null ? null : PlainText.printable(userAgent, MAX_AGENT_LENGTH))
                .param("address", address).update();
        return mark;
    }

    /** Forgets a session that ended: signed out, or past its time. */
    @Transactional
    public void ended(String mark) {
        jdbc.sql("delete from account_session where mark = :mark").param("mark", mark).update();
    }

    @Transactional(readOnly = true)
    public List<OpenSession> openOn(CmqUser holder) {
        return jdbc.sql("""
                select s.id, s.mark, s.opened_at, s.user_agent, s.address from account_session s
                where s.user_account_id = :account and s.closed_at is null
                and exists (select 1 from spring_session t where t.session_id = s.session_id
                            and t.expiry_time > extract(epoch from clock_timestamp()) * 1000)
                order by s.opened_at desc, s.id desc""")
                .param("account", holder.id())
                .query((row, n) -> new OpenSession(row.getLong("id"), row.getString("mark"),
                        row.getTimestamp("opened_at").toInstant(), row.getString("user_agent"), row.getString("address")))
                .list();
    }

    /** Closes one of the holder's other sessions: it is signed out at its next request. */
    @Transactional
    public void close(CmqUser holder, long sessionId, @Nullable String ownMark) {
        int closed = jdbc.sql("update account_session set closed_at = :now where id = :id and user_account_id = :account"
                        + " and closed_at is null and mark is distinct from :own")
                .param("now", Timestamp.from(clock.instant())).param("id", sessionId).param("account", holder.id())
                .param("own", ownMark).update();
        if (closed == 0) {
            throw new NotFoundException("Aucune autre session ouverte " + sessionId + " sur votre compte.");
        }
        auditTrail.record("SESSION_FERMEE", "compte", holder.id(), Map.of());
    }
}
