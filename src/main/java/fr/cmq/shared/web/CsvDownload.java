package fr.cmq.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as a CSV file that a French spreadsheet opens as it is: UTF-8 with a byte order mark, {@code ;} between
 * values, every value quoted, and a value that a spreadsheet would take for a formula made plain text.
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
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
