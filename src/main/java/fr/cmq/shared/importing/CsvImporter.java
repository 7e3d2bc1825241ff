package fr.cmq.shared.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one kind of file needs to be imported. The engine reads the file; the importer says which columns it needs,
 * turns each line into the values of its staging table (or refuses it), and writes the SQL that applies the staging
 * table to its own tables.
 */
public interface CsvImporter {

    /** The kind, as in {@code /api/v1/imports/{kind}} and {@code import KIND FILE}. */
    String kind();

    /** What the file is, in French, for the screens. */
    String label();

    List<CsvColumn> columns();

    /**
     * The columns of the staging table, as SQL ({@code uai text, name text, …}); the engine adds {@code line} and
     * {@code content_hash}.
     */
    String stagingColumns();

    /** The staging column that identifies a row: two lines with the same key, the later one wins. */
    String keyColumn();

    /** What the key is called in a rejection reason ("UAI", "SIRET"…). */
    String keyLabel();

    /** The values of one line, in the order of {@link #stagingColumns()}. */
    List<@Nullable String> stage(CsvRow row);

    /**
     * Applies the table {@code staging} to the importer's tables: an {@code INSERT … ON CONFLICT DO UPDATE … WHERE}
     * the {@code content_hash} changed, {@code RETURNING (xmax = 0) AS created}.
     */
    String upsertSql();
}
