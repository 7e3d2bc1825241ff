package fr.cmq.shared.caching;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

import fr.cmq.shared.db.BesideThePool;

/**
 * The kept public answers are forgotten on every instance of the platform when a change commits: the instance that
 * made it forgets its own and tells the others through PostgreSQL's {@code NOTIFY} ("instance" and the selectors of
 * {@link KeptTags}, or "instance *" for everything). Each instance listens on a
 * connection of its own; one that lost it forgets everything when it listens again, having maybe missed a change.
 */
@Component
public class ForgottenEverywhere implements SmartLifecycle, DisposableBean {

    static final String CHANNEL = "cmq_public_reads";
    private static final String EVERYTHING = "*";
    private static final Logger LOG = LoggerFactory.getLogger(ForgottenEverywhere.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration BEFORE_LISTENING_AGAIN = Duration.ofSeconds(5);

    /** This instance, so that it does not forget twice what it told the others. */
    private final String instance = UUID.randomUUID().toString();
    private final PublicResponseCache cache;
    /** Absent from web slices tested without a database: then this instance is the only one. */
    private final @Nullable DataSource dataSource;
    private final @Nullable JdbcTemplate teller;
    private final @Nullable HikariDataSource tellerPool;
    private volatile boolean running;
    private @Nullable Thread listener;

    ForgottenEverywhere(PublicResponseCache cache, ObjectProvider<DataSource> dataSource) throws SQLException {
        this.cache = cache;
        this.dataSource = dataSource.getIfAvailable();
        this.tellerPool = this.dataSource == null ? null : BesideThePool.pool(this.dataSource, "public-reads", 2);
        this.teller = tellerPool == null ? null : new JdbcTemplate(tellerPool);
    }

    /**
     * Called once a change to this campus has committed: this instance forgets the campus's own answers and those of
     * the lists and searches of the kinds given that may show its région (all of them when the région is not told),
     * and tells the others, through a connection of its own taken beside the main pool (whose connection the
     * committed change may still hold).
     */
    public void forgetCampus(long campusId, @Nullable String region, Shown... shownIn) {
        var selectors = new ArrayList<String>();
        selectors.add(KeptTags.campus(campusId));
        Arrays.stream(shownIn).map(what -> KeptTags.selector(what, region)).forEach(selectors::add);
        if (!selectors.stream().allMatch(KeptTags::readable)) {
            forgetAll();
            return;
        }
        cache.forget(selectors);
        tell(String.join(" ", selectors));
    }

    /** Called once a change any answer may show (reference data) has committed: everything is forgotten, everywhere. */
    public void forgetAll() {
        cache.clear();
        tell(EVERYTHING);
    }

    private void tell(String what) {
        if (teller != null) {
            teller.query("select pg_notify(?, ?)", rows -> null, CHANNEL, instance + " " + what);
        }
    }

    /** What another instance told: the selectors of the answers to forget, or everything. */
    private void heard(String notice) {
        var parts = List.of(notice.split(" "));
        if (parts.getFirst().equals(instance)) {
            return;
        }
        var selectors = parts.subList(1, parts.size());
        if (!selectors.isEmpty() && selectors.stream().allMatch(KeptTags::readable)) {
            cache.forget(selectors);
        } else {
            cache.clear();
        }
    }

    @Override
    public void start() {
        running = true;
        if (dataSource == null) {
            return;
        }
        listener = Thread.ofPlatform().daemon().name("public-reads-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public void destroy() {
        if (tellerPool != null) {
            tellerPool.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        var dataSource = java.util.Objects.requireNonNull(this.dataSource);
        while (running) {
            try (var connection = BesideThePool.connection(dataSource);
                    var statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                cache.clear();
                var notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    var received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        Arrays.stream(received).forEach(notice -> heard(notice.getParameter()));
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Listening to the other instances' changes failed; listening again in {}",
                            BEFORE_LISTENING_AGAIN, e);
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(BEFORE_LISTENING_AGAIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
