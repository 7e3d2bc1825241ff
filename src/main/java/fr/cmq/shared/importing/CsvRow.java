package fr.cmq.shared.importing;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.siegmar.fastcsv.reader.CsvRecord;

/** One line of the file, read by column name; a missing column and a blank value both read as null. */
public final class CsvRow {

    private final CsvRecord record;
    private final Map<String, Integer> positions;

    CsvRow(CsvRecord record, Map<String, Integer> positions) {
        this.record = record;
        this.positions = positions;
    }

    /** The line number in the file, the header being line 1. */
    public long line() {
        return record.getStartingLineNumber();
    }

    public @Nullable String get(String column) {
        Integer position = positions.get(column);
        if (position == null || position >= record.getFieldCount()) {
            return null;
        }
        String value = record.getField(position).strip();
        return value.isEmpty() ? null : value;
    }

    public String require(String column) {
        String value = get(column);
        if (value == null) {
            throw new RejectedRowException("colonne « " + column + " » vide");
        }
        return value;
    }
}
