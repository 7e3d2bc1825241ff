package fr.cmq.shared.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import fr.cmq.shared.PlainText;

/**
 * A small file of reference (a cahier des charges, a référentiel) read whole, before anything of it is loaded: strict
 * UTF-8, its separator {@code ;} or {@code ,} taken from the header line, columns found by name (lower case, accents
 * kept), each line numbered as a spreadsheet shows it, so that the caller refuses the file whole with every reason.
 */
public final class SmallCsvFile {

    private static final String NOT_TEXT = "Le fichier n’est pas un texte CSV en UTF-8";

    /** A line of the file: its number (the header is line 1) and its fields by column name. */
    public record Line(long number, Map<String, Integer> positions, CsvRecord record) {

        /** The field of this column, stripped, or null when the column is absent or the field empty. */
        public @Nullable String field(String column) {
            Integer position = positions.get(column);
            if (position == null || position >= record.getFieldCount()) {
                return null;
            }
            String value = record.getField(position).strip();
            return value.isEmpty() ? null : value;
        }

        /** A field of a named column is longer than {@code max} characters. */
        public boolean longerThan(int max) {
            return positions.values().stream().anyMatch(p -> p < record.getFieldCount()
                    && record.getField(p).length() > max);
        }

        /** A field carries a character no output can show (a control character, U+FFFE…). */
        public boolean hasControlCharacters() {
            return record.getFields().stream().anyMatch(PlainText::hasControlCharacters);
        }
    }

    private SmallCsvFile() {
    }

    /**
     * The lines of the file after its header.
     *
     * @param required the columns without which the file is refused, named in {@code expected} for the message
     * @throws RejectedFileException when the file is not UTF-8 text, cannot be read as CSV, is empty or lacks a column
     */
    public static List<Line> read(byte[] content, List<String> required, String expected) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedFileException(NOT_TEXT);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new RejectedFileException(NOT_TEXT);
        }
        int endOfHeader = text.indexOf('\n');
        String header = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true).ofCsvRecord(text)) {
            var records = csv.iterator();
            if (!records.hasNext()) {
                throw new RejectedFileException("Le fichier est vide");
            }
            var positions = positions(records.next());
            var missing = required.stream().filter(column -> !positions.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new RejectedFileException("Colonnes manquantes : " + String.join(", ", missing)
                        + " (attendues : " + expected + ")");
            }
            var lines = new ArrayList<Line>();
            records.forEachRemaining(record -> lines.add(new Line(record.getStartingLineNumber(), positions, record)));
            return lines;
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            throw new RejectedFileException("Le fichier ne se lit pas comme un CSV : " + e.getMessage());
        }
    }

    private static Map<String, Integer> positions(CsvRecord header) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip().toLowerCase(Locale.ROOT).replace("pièces", "pieces");
            positions.putIfAbsent(name, i);
        }
        return positions;
    }
}
