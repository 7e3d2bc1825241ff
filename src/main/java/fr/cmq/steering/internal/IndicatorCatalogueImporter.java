package fr.cmq.steering.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.shared.importing.CsvColumn;
import fr.cmq.shared.importing.CsvImporter;
import fr.cmq.shared.importing.ImportTarget;
import fr.cmq.shared.importing.CsvRow;
import fr.cmq.shared.importing.RejectedRowException;

/**
 * The national catalogue of indicators, loaded by the national administrator from a CSV file: code, label, unit, the
 * direction that is better ("hausse" or "baisse") and how it is measured. A line for an existing code changes it; the
 * indicators the platform counts keep being counted, whatever the file says of their labels. The catalogue's order
 * is the file's.
 */
@Component
class IndicatorCatalogueImporter implements CsvImporter {

    private static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.required("code", "code_indicateur"),
            CsvColumn.required("libelle", "indicateur", "intitule"),
            CsvColumn.required("unite"),
            CsvColumn.optional("sens", "sens_favorable"),
            CsvColumn.optional("mesure", "methode", "mode_de_mesure"));

    @Override
    public String kind() {
        return "indicateurs";
    }

    @Override
    public String label() {
        return "Catalogue national des indicateurs";
    }

    @Override
    public List<CsvColumn> columns() {
        return COLUMNS;
    }

    @Override
    public ImportTarget target() {
        return new ImportTarget("indicator", "code, label, unit, higher_is_better::boolean, method, position::int", "code", "code");
    }

    @Override
    public List<@Nullable String> stage(CsvRow row) {
        String code = row.require("code").toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_]{2,40}")) {
            throw new RejectedRowException("code « " + code + " » : de 2 à 40 lettres majuscules, chiffres ou _");
        }
        String label = row.require("libelle");
        String unit = row.require("unite");
        if (label.length() > 200 || unit.length() > 40) {
            throw new RejectedRowException("libellé (200 caractères au plus) ou unité (40 au plus) trop long");
        }
        String method = row.get("mesure");
        if (method != null && method.length() > 500) {
            throw new RejectedRowException("mode de mesure : 500 caractères au plus");
        }
        return Arrays.asList(code, label, unit, String.valueOf(higherIsBetter(row.get("sens"))), method,
                String.valueOf(row.line()));
    }

    private static boolean higherIsBetter(@Nullable String direction) {
        if (direction == null) {
            return true;
        }
        String word = Normalizer.normalize(direction.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return switch (word) {
            case "hausse", "+", "plus", "croissant" -> true;
            case "baisse", "-", "moins", "decroissant" -> false;
            default -> throw new RejectedRowException("sens « " + direction + " » : « hausse » si plus est mieux,"
                    + " « baisse » sinon");
        };
    }
}
