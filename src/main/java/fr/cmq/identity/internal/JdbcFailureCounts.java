package fr.cmq.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted in PostgreSQL ({@code sign_in_failure}), shared by every instance. Each statement stands
 * alone: a sign-in holds no connection while it waits out its delay.
 */
@Component
@RequiredArgsConstructor
class JdbcFailureCounts implements FailureCounts {

    private final JdbcClient jdbc;

    @Override
    public Map<String, Integer> counts(Collection<String> keys, Instant now, Duration window) {
        var counts = new HashMap<String, Integer>();
        jdbc.sql("select key, failures from sign_in_failure where key = any(cast(:keys as text[])) and since >= :start")
                .param("keys", keys.toArray(String[]::new)).param("start", Timestamp.from(now.minus(window)))
                .query((RowCallbackHandler) row -> {
                    counts.put(row.getString("key"), row.getInt("failures"));
                });
        return counts;
    }

    @Override
    public void add(Collection<String> keys, Instant now, Duration window) {
        // in one order for everyone, so that two attempts at once never wait on each other's rows crosswise
        jdbc.sql("""
                insert into sign_in_failure (key, since, failures)
                select key, :now, 1 from unnest(cast(:keys as text[])) as key order by key
                on conflict (key) do update set
                    failures = case when sign_in_failure.since < :start then 1 else sign_in_failure.failures + 1 end,
                    since = case when sign_in_failure.since < :start then excluded.since else sign_in_failure.since end""")
                .param("keys", keys.toArray(String[]::new)).param("now", Timestamp.from(now))
                .param("start", Timestamp.from(now.minus(window))).update();
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from sign_in_failure where key = :key").param("key", key).update();
    }

    @Override
    public void forgetBefore(Instant start) {
        jdbc.sql("delete from sign_in_failure where since < :start").param("start", Timestamp.from(start)).update();
    }
}
