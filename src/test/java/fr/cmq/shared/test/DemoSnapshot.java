package fr.cmq.shared.test;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A copy of the demonstration's rows, in a schema of their own beside the platform's, with its sequences: putting it
 * back takes a few hundred milliseconds where the loaders take seconds. Restored in one implicit transaction, foreign
 * keys unchecked while the tables fill (they held when the copy was taken).
 */
final class DemoSnapshot {

    private static final String SCHEMA = "demo_snapshot";
    /**
     * The script that puts the copy back, written when the copy is taken by this JVM (so never for a copy an earlier
     * build left in the database).
     */
    private static volatile String restoring;

    private DemoSnapshot() {
    }

    static boolean exists(JdbcClient jdbc) {
        return restoring != null && jdbc.sql("select count(*) from pg_namespace where nspname = :schema").param("schema", SCHEMA)
                .query(Integer.class).single() > 0;
    }

    static void take(JdbcClient jdbc, List<String> tables) {
        var script = new ArrayList<String>();
        script.add("drop schema if exists " + SCHEMA + " cascade");
        script.add("create schema " + SCHEMA);
        for (String table : tables) {
            script.add("create table " + SCHEMA + "." + quoted(table) + " as table public." + quoted(table));
        }
        script.add("create table " + SCHEMA + ".sequence_value as select schemaname || '.' || sequencename as name,"
                + " last_value from pg_sequences where schemaname = 'public'");
        jdbc.sql(String.join(";\n", script)).update();
        restoring = restoreScript(jdbc, tables);
    }

    static void restore(JdbcClient jdbc) {
        jdbc.sql(restoring).update();
    }

    private static String restoreScript(JdbcClient jdbc, List<String> tables) {
        var script = new ArrayList<String>();
        script.add("set session_replication_role = replica");
        script.add("truncate table " + String.join(", ", tables.stream().map(DemoSnapshot::quoted).toList())
                + " restart identity cascade");
        for (String table : tables) {
            String columns = String.join(", ", jdbc.sql("""
                    select quote_ident(column_name) from information_schema.columns
                    where table_schema = 'public' and table_name = :table and is_generated = 'NEVER'
                    order by ordinal_position""").param("table", table).query(String.class).list());
            script.add("insert into public." + quoted(table) + " (" + columns + ") overriding system value select "
                    + columns + " from " + SCHEMA + "." + quoted(table));
        }
        script.add("do $$ begin perform setval(name, last_value, true) from " + SCHEMA + ".sequence_value"
                + " where last_value is not null; end $$");
        script.add("set session_replication_role = origin");
        return String.join(";\n", script);
    }

    static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }
}
