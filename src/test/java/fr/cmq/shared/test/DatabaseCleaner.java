package fr.cmq.shared.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import fr.cmq.shared.caching.PublicResponseCache;
import fr.cmq.shared.demo.DemoDataLoader;

/**
 * Before each test class: empties every table but Flyway's history and the reference data (tables whose comment starts
 * with "Reference data"), then loads the demonstration data again and forgets the public answers kept.
 */
public class DatabaseCleaner implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        var context = testContext.getApplicationContext();
        var jdbc = context.getBean(JdbcClient.class);
        eventsHandled(jdbc);
        List<String> tables = jdbc.sql("""
                select quote_ident(c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                  and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'Reference data%'""")
                .query(String.class)
                .list();
        if (!tables.isEmpty()) {
            jdbc.sql("truncate table " + String.join(", ", tables) + " restart identity cascade").update();
        }
        context.getBeanProvider(DemoDataLoader.class).ifAvailable(DemoDataLoader::loadAll);
        context.getBeanProvider(PublicResponseCache.class).ifAvailable(PublicResponseCache::clear);
        // the demonstration's steps send their e-mails after commit: once sent, they are forgotten
        eventsHandled(jdbc);
        TestMailServer.forget();
    }

    /** What the last commits published has reached its listeners (a publication is deleted once handled). */
    private static void eventsHandled(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from event_publication"
                + " where status is distinct from 'FAILED'").query(Integer.class).single() == 0);
    }
}
