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

    /** Where the file's lines go. */
    ImportTarget target();

    /** The values of one line, in the order of the target's columns. */
    List<@Nullable String> stage(CsvRow row);

    default String stagingColumns() {
        return StagedUpsert.stagingColumns(target().columns());
    }

    /** Removes from the table {@code staging} the lines that would change nothing. */
    default String removeUnchangedSql() {
        return StagedUpsert.removeUnchanged(target().table(), target().keyColumn());
    }

    /** Applies the table {@code staging}: inserts new rows, updates changed ones, says which were created. */
    default String upsertSql() {
        return StagedUpsert.sql(target().table(), target().keyColumn(), target().columns());
    }
}
