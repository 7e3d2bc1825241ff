package fr.cmq.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.cmq.shared.FrenchDates;

/**
 * A table as an Excel workbook of one sheet: its header in bold and frozen, numbers as numbers, days and moments (in
 * French time) as real dates shown the French way, text as text (a value is never read as a formula). The same typed
 * rows as {@link CsvDownload}'s.
 */
public final class XlsxDownload {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxDownload() {
    }

    public static ResponseEntity<byte[]> of(String filename, String sheet, List<String> header,
            List<List<@Nullable Object>> rows) {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Plateforme CMQ", "1.0");
            var worksheet = workbook.newWorksheet(sheet);
            for (int c = 0; c < header.size(); c++) {
                worksheet.value(0, c, header.get(c));
                worksheet.style(0, c).bold().set();
                worksheet.width(c, 24);
            }
            worksheet.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(worksheet, r + 1, c, row.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(bytes.toByteArray());
    }

    /** A number stays a number, a day and a moment (in French time) real dates with their French format. */
    private static void cell(Worksheet worksheet, int r, int c, @Nullable Object value) {
        switch (value) {
            case null -> { }
            case BigDecimal decimal -> {
                worksheet.value(r, c, decimal);
                worksheet.style(r, c).format(decimal.scale() > 0 ? "#,##0.00" : "#,##0").set();
            }
            case Number number -> worksheet.value(r, c, number);
            case LocalDate day -> {
                worksheet.value(r, c, day);
                worksheet.style(r, c).format("dd/mm/yyyy").set();
            }
            case Instant moment -> {
                worksheet.value(r, c, LocalDateTime.ofInstant(moment, FrenchDates.FRANCE));
                worksheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
            }
            case LocalDateTime moment -> {
                worksheet.value(r, c, moment);
                worksheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
            }
            default -> worksheet.value(r, c, value.toString());
        }
    }
}
