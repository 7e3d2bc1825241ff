package fr.cmq.shared;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * CSV for programs — the open data and the API — as opposed to {@code shared.web.CsvDownload}, for people's spreadsheets: RFC
 * 4180 (UTF-8 without byte order mark, {@code ,} between values, quoted when needed, CRLF), days ISO 8601
 * ({@code 2026-12-31}), moments ISO 8601 in French time with their offset, numbers with a point, lists joined by
 * {@code ", "}; a text a spreadsheet would take for a formula is made plain text, as in people's exports.
 */
public final class MachineCsv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private MachineCsv() {
    }

    /** A writer on {@code out}; closing it closes {@code out}. */
    public static CsvWriter writer(OutputStream out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    public static String cell(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Number number -> number.toString();
            case LocalDate day -> day.toString();
            case Instant moment -> moment.atZone(FrenchDates.FRANCE).toOffsetDateTime().toString();
            case LocalDateTime moment -> moment.atZone(FrenchDates.FRANCE).toOffsetDateTime().toString();
            case Collection<?> values -> String.join(", ", values.stream().map(MachineCsv::cell).toList());
            case Boolean yes -> yes.toString();
            default -> {
                String text = value.toString();
                yield !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
            }
        };
    }
}
