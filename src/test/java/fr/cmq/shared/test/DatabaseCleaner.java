package fr.cmq.shared.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import fr.cmq.shared.caching.PublicResponseCache;
import fr.cmq.shared.demo.DemoDataLoader;

/**
 * Before each test: empties every table but Flyway's history and the reference data (tables whose comment starts
 * with "Reference data"), puts the demonstration data back and forgets the public answers kept — so that no test
 * depends on what another wrote, nor on the order they run in. The demonstration is loaded through its loaders once
 * per test JVM; each test after that gets a copy of what they wrote.
 */
public class DatabaseCleaner implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        var context = testContext.getApplicationContext();
        var jdbc = context.getBean(JdbcClient.class);
        if (context.getBeanProvider(DemoDataLoader.class).getIfAvailable() != null && DemoSnapshot.exists(jdbc)) {
            eventsHandledWithinReason(jdbc);
            DemoSnapshot.restore(jdbc);
            context.getBeanProvider(PublicResponseCache.class).ifAvailable(PublicResponseCache::clear);
            TestMailServer.forget();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCleaner.class);

    @Override
    public void beforeTestClass(TestContext testContext) {
        var context = testContext.getApplicationContext();
        var jdbc = context.getBean(JdbcClient.class);
        eventsHandledWithinReason(jdbc);
        List<String> tables = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                  and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'Reference data%'""")
                .query(String.class)
                .list();
        var loader = context.getBeanProvider(DemoDataLoader.class).getIfAvailable();
        if (loader != null && DemoSnapshot.exists(jdbc)) {
            DemoSnapshot.restore(jdbc);
        } else {
            empty(jdbc, tables);
            if (loader != null) {
                loader.loadAll();
                // the demonstration's steps send their e-mails after commit: once sent, they are forgotten
                eventsHandled(jdbc, Duration.ofSeconds(30));
                DemoSnapshot.take(jdbc, tables);
            }
        }
        context.getBeanProvider(PublicResponseCache.class).ifAvailable(PublicResponseCache::clear);
        TestMailServer.forget();
    }

    /** The previous test's last e-mails go out before their dossiers are emptied away, within reason. */
    private static void eventsHandledWithinReason(JdbcClient jdbc) {
        try {
            eventsHandled(jdbc, Duration.ofSeconds(5));
        } catch (ConditionTimeoutException e) {
            LOG.warn("Events still pending before the database is emptied: {}", jdbc.sql(
                    "select listener_id || ' ' || coalesce(status, '?') from event_publication").query(String.class).list());
        }
    }

    private static void empty(JdbcClient jdbc, List<String> tables) {
        if (!tables.isEmpty()) {
            jdbc.sql("truncate table " + String.join(", ", tables.stream().map(DemoSnapshot::quoted).toList())
                    + " restart identity cascade").update();
        }
    }

    /** What the last commits published has reached its listeners (a publication is deleted once handled). */
    private static void eventsHandled(JdbcClient jdbc, Duration atMost) {
        await().atMost(atMost).until(() -> jdbc.sql("select count(*) from event_publication"
                + " where status is distinct from 'FAILED'").query(Integer.class).single() == 0);
    }
}
