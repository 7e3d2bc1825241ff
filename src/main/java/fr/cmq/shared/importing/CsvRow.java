package fr.cmq.shared.importing;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import de.siegmar.fastcsv.reader.CsvRecord;
import fr.cmq.shared.PlainText;

/**
 * One line of the file, read by column name; a missing column and a blank value both read as null. A value holding
 * what no output can carry (a control character, U+FFFF…) refuses the line; a line break too, but in the columns read
 * as {@link #paragraph}.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class CsvRow {

    private final CsvRecord record;
    private final Map<String, Integer> positions;

    /** The line number in the file, the header being line 1. */
    public long line() {
        return record.getStartingLineNumber();
    }

    /** A value of one line: a name, a code, a number, a date. */
    public @Nullable String get(String column) {
        String value = paragraph(column);
        if (value != null && PlainText.hasLineBreak(value)) {
            throw new RejectedRowException("colonne « " + column + " » : une seule ligne attendue");
        }
        return value;
    }

    /** A value that may run over several lines, such as a description. */
    public @Nullable String paragraph(String column) {
        Integer position = positions.get(column);
        if (position == null || position >= record.getFieldCount()) {
            return null;
        }
        String value = record.getField(position).strip();
        if (PlainText.hasControlCharacters(value)) {
            throw new RejectedRowException("colonne « " + column + " » : caractère de contrôle ou invalide");
        }
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
