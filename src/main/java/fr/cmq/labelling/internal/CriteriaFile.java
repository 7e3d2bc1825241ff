package fr.cmq.labelling.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import fr.cmq.labelling.Criterion;
import fr.cmq.labelling.LabelCampaigns.RefusedLine;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.importing.RejectedFileException;
import fr.cmq.shared.importing.SmallCsvFile;

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
        List<SmallCsvFile.Line> lines;
        try {
            lines = SmallCsvFile.read(content, REQUIRED, "code, titre, attendus, excellence, pieces");
        } catch (RejectedFileException e) {
            return refused(1, e.getMessage());
        }
        var criteria = new ArrayList<Criterion>();
        var refused = new ArrayList<RefusedLine>();
        var seen = new HashMap<String, Long>();
        for (var record : lines) {
            long line = record.number();
            String code = record.field("code");
            String title = record.field("titre");
            String reason = null;
            if (code == null) {
                reason = "Le code du critère manque";
            } else if (!code.toUpperCase(Locale.ROOT).matches("[A-Z0-9_]{1,20}")) {
                reason = "Code « " + code + " » : lettres, chiffres et _ seulement, 20 au plus";
            } else if (seen.containsKey(code.toUpperCase(Locale.ROOT))) {
                reason = "Code " + code + " déjà donné ligne " + seen.get(code.toUpperCase(Locale.ROOT));
            } else if (title == null) {
                reason = "Le titre du critère " + code + " manque";
            } else if (record.longerThan(MAX_TEXT)) {
                reason = "Un texte dépasse " + MAX_TEXT + " caractères";
            } else if (record.hasControlCharacters()) {
                reason = "Un texte contient un caractère de contrôle ou un caractère invalide";
            } else if (PlainText.hasLineBreak(title)) {
                reason = "Le titre du critère " + code + " tient sur une ligne";
            }
            if (reason != null) {
                refused.add(new RefusedLine(line, reason));
                continue;
            }
            seen.put(code.toUpperCase(Locale.ROOT), line);
            criteria.add(new Criterion(code.toUpperCase(Locale.ROOT), title, record.field("attendus"),
                    record.field("excellence"), record.field("pieces")));
        }
        if (refused.isEmpty() && criteria.isEmpty()) {
            return refused(1, "Aucun critère dans le fichier");
        }
        if (criteria.size() + refused.size() > MAX_CRITERIA) {
            return refused(1, MAX_CRITERIA + " critères au plus");
        }
        return new Read(refused.isEmpty() ? criteria : List.of(), refused);
    }

    private static Read refused(long line, String reason) {
        return new Read(List.of(), List.of(new RefusedLine(line, reason)));
    }
}
