package fr.cmq.shared.importing;

/**
 * Where an import writes.
 *
 * @param table the table the file fills
 * @param columns the columns of the table the file fills, key first, each followed by the cast its text needs
 *        ({@code level::int}); the staging table has the same columns as text, plus {@code line} and
 *        {@code content_hash}
 * @param keyColumn the column that identifies a row: of two lines with the same key, the later one wins
 * @param keyLabel what the key is called in a rejection reason ("UAI", "SIRET"…)
 */
public record ImportTarget(String table, String columns, String keyColumn, String keyLabel) {
}
