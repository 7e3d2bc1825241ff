package fr.cmq.shared.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.cmq.shared.FrenchDates;

/**
 * A table as a CSV file that a French spreadsheet opens as it is — the one convention of every export, written here:
 * UTF-8 with a byte order mark, {@code ;} between values, every value quoted; a number with a decimal comma and no
 * thousands separator ({@code 60000,50}), a day as {@code 31/12/2025}, a moment in French time as
 * {@code 31/12/2025 14:30}; a text that a spreadsheet would take for a formula made plain text. Callers pass typed
 * values (numbers, dates, instants), never numbers or dates already written.
 */
public final class CsvDownload {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvDownload() {
    }

    public static ResponseEntity<byte[]> of(String filename, List<String> header, List<List<@Nullable Object>> rows) {
        var text = new StringBuilder("\uFEFF").append(line(List.copyOf(header)));
        rows.forEach(row -> text.append(line(row)));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String line(List<? extends @Nullable Object> values) {
        return values.stream().map(CsvDownload::cell).collect(Collectors.joining(";", "", "\r\n"));
    }

    static String cell(@Nullable Object value) {
        return "\"" + text(value).replace("\"", "\"\"") + "\"";
    }

    private static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString().replace('.', ',');
            case Double number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString().replace('.', ',');
            case Float number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString().replace('.', ',');
            case Number number -> number.toString();
            case LocalDate day -> FrenchDates.day(day);
            case Instant moment -> FrenchDates.moment(moment);
            case LocalDateTime moment -> FrenchDates.moment(moment);
            default -> {
                String text = value.toString();
                yield !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
            }
        };
    }
}
