package fr.cmq.shared.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one kind of file needs to be imported. The engine reads the file; the importer says which columns it needs,
 * which table they fill, and turns each line into the values of that table (or refuses it).
 */
public interface CsvImporter {

    /** The kind, as in {@code /api/v1/imports/{kind}} and {@code import KIND FILE}. */
    String kind();

    /** What one import at a time may touch: two imports of the same scope never run at once. */
    default String scope() {
        return kind();
    }

    /** What the file is, in French, for the screens. */
    String label();

    List<CsvColumn> columns();

    /** The table the file fills. */
    String table();

    /**
     * The columns of {@link #table()} the file fills, key first, each followed by the cast its text needs
     * ({@code level::int}); the staging table has the same columns as text, plus {@code line} and {@code content_hash}.
     */
    String tableColumns();

    /** The column that identifies a row: of two lines with the same key, the later one wins. */
    String keyColumn();

    /** What the key is called in a rejection reason ("UAI", "SIRET"…). */
    String keyLabel();

    /** The values of one line, in the order of {@link #tableColumns()}. */
    List<@Nullable String> stage(CsvRow row);

    default String stagingColumns() {
        return StagedUpsert.stagingColumns(tableColumns());
    }

    /** Removes from the table {@code staging} the lines that would change nothing. */
    default String removeUnchangedSql() {
        return StagedUpsert.removeUnchanged(table(), keyColumn());
    }

    /** Applies the table {@code staging}: inserts new rows, updates changed ones, says which were created. */
    default String upsertSql() {
        return StagedUpsert.sql(table(), keyColumn(), tableColumns());
    }
}
