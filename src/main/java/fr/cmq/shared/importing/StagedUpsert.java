package fr.cmq.shared.importing;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes the SQL that applies the staging table to an importer's table: insert what is new, update what changed
 * (its content hash differs), leave the rest, and tell created rows from updated ones.
 */
final class StagedUpsert {

    private StagedUpsert() {
    }

    /** The staging table's columns for these target columns: the same names, all text. */
    static String stagingColumns(String columns) {
        return Arrays.stream(columns.split(","))
                .map(column -> column.strip().replaceAll("::.*$", "") + " text")
                .collect(Collectors.joining(", "));
    }

    /** Removes from the staging table the lines whose row exists with the same content: nothing to write for them. */
    static String removeUnchanged(String table, String key) {
        return "delete from staging s using %1$s t where t.%2$s = s.%2$s and t.content_hash = s.content_hash"
                .formatted(table, key);
    }

    /**
     * @param table   the target table
     * @param key     its primary key, also a staging column
     * @param columns the target columns, each followed by the cast its staging text needs ({@code level::int})
     */
    static String sql(String table, String key, String columns) {
        String[] typed = Arrays.stream(columns.split(",")).map(String::strip).toArray(String[]::new);
        String names = Arrays.stream(typed).map(column -> column.replaceAll("::.*$", ""))
                .collect(Collectors.joining(", "));
        String updates = Arrays.stream(typed).map(column -> column.replaceAll("::.*$", ""))
                .filter(column -> !column.equals(key))
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        return """
                insert into %1$s (%2$s, content_hash, imported_at)
                select %3$s, content_hash, now() from staging
                on conflict (%4$s) do update set %5$s, content_hash = excluded.content_hash, imported_at = excluded.imported_at
                where %1$s.content_hash is distinct from excluded.content_hash
                returning (xmax = 0) as created""".formatted(table, names, String.join(", ", typed), key, updates);
    }
}
