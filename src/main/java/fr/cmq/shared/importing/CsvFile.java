package fr.cmq.shared.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * How an imported file is read: strict UTF-8, its separator sniffed from the header line, columns found by name, and
 * why a file that cannot be read is refused whole.
 */
final class CsvFile {

    /** A field longer than this makes the file unreadable (an unclosed quote swallowing the rest of the file). */
    private static final int MAX_FIELD_CHARACTERS = 16 * 1024 * 1024;
    private static final int SNIFFED_BYTES = 8192;

    private CsvFile() {
    }

    /** The file's lines, once its separator is known; refuses what is not text. */
    static CsvReader<CsvRecord> read(BufferedInputStream input) throws IOException {
        return CsvReader.builder()
                .fieldSeparator(sniffSeparator(input))
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .skipEmptyLines(true)
                .maxBufferSize(MAX_FIELD_CHARACTERS)
                .ofCsvRecord(strictUtf8(input));
    }

    static Map<String, Integer> positions(CsvImporter importer, CsvRecord header) {
        List<String> names = new ArrayList<>(header.getFields());
        if (!names.isEmpty()) {
            names.set(0, names.getFirst().replace("\uFEFF", ""));
        }
        Map<String, Integer> positions = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (CsvColumn column : importer.columns()) {
            for (int i = 0; i < names.size() && !positions.containsKey(column.name()); i++) {
                if (column.matches(names.get(i))) {
                    positions.put(column.name(), i);
                }
            }
            if (column.required() && !positions.containsKey(column.name())) {
                missing.add(column.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new RejectedFileException("Colonnes obligatoires absentes : " + String.join(", ", missing)
                    + ". Ce fichier est-il bien un fichier « " + importer.label() + " » ?");
        }
        return positions;
    }

    /** Refuses what is not text, and picks the separator of the header line: ";" if it has one, "," otherwise. */
    private static char sniffSeparator(BufferedInputStream input) throws IOException {
        input.mark(SNIFFED_BYTES);
        byte[] head = input.readNBytes(SNIFFED_BYTES);
        input.reset();
        boolean headerHasSemicolon = false;
        for (byte b : head) {
            if (b == 0) {
                throw new RejectedFileException("Ce fichier n'est pas un fichier texte CSV.");
            }
            if (b == '\n') {
                break;
            }
            headerHasSemicolon |= b == ';';
        }
        return headerHasSemicolon ? ';' : ',';
    }

    private static Reader strictUtf8(InputStream input) {
        return new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static RejectedFileException unreadable(RuntimeException e, long lastLine) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new RejectedFileException("Le fichier n'est pas encodé en UTF-8 (caractère invalide après la ligne "
                        + lastLine + ") : enregistrez-le en UTF-8 puis recommencez.", e);
            }
        }
        return new RejectedFileException("Fichier CSV illisible après la ligne " + lastLine
                + " : un guillemet ouvert n'est jamais refermé, ou une valeur dépasse "
                + MAX_FIELD_CHARACTERS / (1024 * 1024) + " millions de caractères.", e);
    }
}
