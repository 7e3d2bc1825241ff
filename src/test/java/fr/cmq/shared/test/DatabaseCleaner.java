package fr.cmq.shared.test;

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
        TestMailServer.forget();
    }
}
