package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.importing.CsvColumn;
import fr.cmq.shared.importing.CsvImporter;
import fr.cmq.shared.importing.ImportTarget;
import fr.cmq.shared.importing.CsvRow;
import fr.cmq.shared.importing.RejectedRowException;
import fr.cmq.steering.Indicator;

/**
 * The measures of a campus's indicators from a CSV file, one import at a time: a line per measure (indicator code,
 * date, value, comment); a line imported again for the same indicator and date replaces its value. Everything a line
 * is checked against is read before the file, as the engine copies the lines while it stages them.
 */
@RequiredArgsConstructor
final class MeasureImporter implements CsvImporter {

    private static final String COLUMNS = "import_key, code, measured_on::date, value::numeric, comment";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final BigDecimal MAX = new BigDecimal("999999999999");

    private final long campusId;
    private final String importedBy;
    private final Map<String, Indicator> catalogue;
    private final LocalDate today;

    @Override
    public String kind() {
        return "mesures";
    }

    /** One campus's import does not wait for another campus's. */
    @Override
    public String scope() {
        return kind() + ":" + campusId;
    }

    @Override
    public String label() {
        return "Mesures des indicateurs d'un campus";
    }

    @Override
    public List<CsvColumn> columns() {
        return List.of(CsvColumn.required("indicateur", "code"), CsvColumn.required("date"),
                CsvColumn.required("valeur"), CsvColumn.optional("commentaire"));
    }

    @Override
    public ImportTarget target() {
        return new ImportTarget("indicator_measure", COLUMNS, "import_key", "Mesure (indicateur et date)");
    }

    @Override
    public List<@Nullable String> stage(CsvRow row) {
        String code = row.require("indicateur").strip().toUpperCase(Locale.ROOT);
        var indicator = catalogue.get(code);
        if (indicator == null) {
            throw new RejectedRowException("indicateur « " + code + " » absent du catalogue");
        }
        if (indicator.computed() != null) {
            throw new RejectedRowException("« " + indicator.label() + " » est calculé par la plateforme : il ne s'importe pas");
        }
        LocalDate date = date(row.require("date"));
        BigDecimal value = value(row.require("valeur"));
        String comment = row.get("commentaire");
        if (comment != null && comment.strip().length() > 500) {
            throw new RejectedRowException("commentaire de plus de 500 caractères");
        }
        return List.of(code + "|" + date, code, date.toString(), value.toPlainString(),
                comment == null || comment.isBlank() ? "" : comment.strip());
    }

    private LocalDate date(String typed) {
        String text = typed.strip();
        LocalDate date;
        try {
            date = text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RejectedRowException("date « " + text + " » illisible : JJ/MM/AAAA ou AAAA-MM-JJ");
        }
        if (date.isAfter(today) || date.getYear() < 2000) {
            throw new RejectedRowException("date " + text + " : une mesure date d'aujourd'hui ou d'avant, depuis 2000");
        }
        return date;
    }

    private static BigDecimal value(String typed) {
        String text = typed.strip().replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        try {
            var value = new BigDecimal(text);
            if (value.signum() < 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
                throw new RejectedRowException("valeur " + typed.strip() + " : de 0 à 999 999 999 999, au centième près");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RejectedRowException("valeur « " + typed.strip() + " » : un nombre, par exemple 231 ou 61,5");
        }
    }

    /** A line whose measure is already there with the same value and comment has nothing to write. */
    @Override
    public String removeUnchangedSql() {
        return "delete from staging s using indicator_measure t where t.campus_id = " + campusId
                + " and t.code = s.code and t.measured_on = s.measured_on::date and t.value = s.value::numeric"
                + " and coalesce(t.comment, '') = s.comment";
    }

    @Override
    public String upsertSql() {
        return """
                insert into indicator_measure (campus_id, code, measured_on, value, comment, recorded_by)
                select %1$d, code, measured_on::date, value::numeric, nullif(comment, ''), '%2$s' from staging
                on conflict (campus_id, code, measured_on) do update set value = excluded.value,
                    comment = excluded.comment, recorded_by = excluded.recorded_by, recorded_at = now()
                returning (xmax = 0) as created"""
                .formatted(campusId, importedBy.replace("'", "''"));
    }
}
