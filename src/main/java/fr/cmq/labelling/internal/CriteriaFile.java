package fr.cmq.labelling.internal;

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
import fr.cmq.labelling.Criterion;
import fr.cmq.labelling.LabelCampaigns.RefusedLine;
import fr.cmq.shared.PlainText;

/**
 * A cahier des charges in a CSV file, one criterion per line: every line is checked and each refused one said with
 * its number and reason, so that the file is corrected once.
 */
final class CriteriaFile {

    static final int MAX_CRITERIA = 100;
    private static final int MAX_TEXT = 4000;
    private static final List<String> REQUIRED = List.of("code", "titre");

    /** The criteria read, or the lines refused. */
    record Read(List<Criterion> criteria, List<RefusedLine> refused) {
    }

    private CriteriaFile() {
    }

    static Read read(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return refused(1, "Le fichier n’est pas un texte CSV en UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            return refused(1, "Le fichier n’est pas un texte CSV en UTF-8");
        }
        int endOfHeader = text.indexOf('\n');
        String header = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        var criteria = new ArrayList<Criterion>();
        var refused = new ArrayList<RefusedLine>();
        var seen = new HashMap<String, Long>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true).ofCsvRecord(text)) {
            var records = csv.iterator();
            if (!records.hasNext()) {
                return refused(1, "Le fichier est vide");
            }
            var positions = positions(records.next());
            var missing = REQUIRED.stream().filter(column -> !positions.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                return refused(1, "Colonnes manquantes : " + String.join(", ", missing)
                        + " (attendues : code, titre, attendus, excellence, pieces)");
            }
            while (records.hasNext()) {
                var record = records.next();
                long line = record.getStartingLineNumber();
                String code = field(record, positions, "code");
                String title = field(record, positions, "titre");
                String reason = null;
                if (code == null) {
                    reason = "Le code du critère manque";
                } else if (!code.toUpperCase(Locale.ROOT).matches("[A-Z0-9_]{1,20}")) {
                    reason = "Code « " + code + " » : lettres, chiffres et _ seulement, 20 au plus";
                } else if (seen.containsKey(code.toUpperCase(Locale.ROOT))) {
                    reason = "Code " + code + " déjà donné ligne " + seen.get(code.toUpperCase(Locale.ROOT));
                } else if (title == null) {
                    reason = "Le titre du critère " + code + " manque";
                } else if (tooLong(record, positions)) {
                    reason = "Un texte dépasse " + MAX_TEXT + " caractères";
                } else if (record.getFields().stream().anyMatch(PlainText::hasControlCharacters)) {
                    reason = "Un texte contient un caractère de contrôle ou un caractère invalide";
                } else if (PlainText.hasLineBreak(title)) {
                    reason = "Le titre du critère " + code + " tient sur une ligne";
                }
                if (reason != null) {
                    refused.add(new RefusedLine(line, reason));
                    continue;
                }
                seen.put(code.toUpperCase(Locale.ROOT), line);
                criteria.add(new Criterion(code.toUpperCase(Locale.ROOT), title, field(record, positions, "attendus"),
                        field(record, positions, "excellence"), field(record, positions, "pieces")));
            }
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            return refused(1, "Le fichier ne se lit pas comme un CSV : " + e.getMessage());
        }
        if (refused.isEmpty() && criteria.isEmpty()) {
            return refused(1, "Aucun critère dans le fichier");
        }
        if (criteria.size() + refused.size() > MAX_CRITERIA) {
            return refused(1, MAX_CRITERIA + " critères au plus");
        }
        return new Read(refused.isEmpty() ? criteria : List.of(), refused);
    }

    private static Map<String, Integer> positions(CsvRecord header) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip().toLowerCase(Locale.ROOT).replace("pièces", "pieces");
            positions.putIfAbsent(name, i);
        }
        return positions;
    }

    private static @Nullable String field(CsvRecord record, Map<String, Integer> positions, String column) {
        Integer position = positions.get(column);
        if (position == null || position >= record.getFieldCount()) {
            return null;
        }
        String value = record.getField(position).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean tooLong(CsvRecord record, Map<String, Integer> positions) {
        return positions.values().stream().anyMatch(p -> p < record.getFieldCount()
                && record.getField(p).length() > MAX_TEXT);
    }

    private static Read refused(long line, String reason) {
        return new Read(List.of(), List.of(new RefusedLine(line, reason)));
    }
}
