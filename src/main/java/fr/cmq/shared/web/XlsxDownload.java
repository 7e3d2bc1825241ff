package fr.cmq.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as an Excel workbook of one sheet: its header in bold and frozen, numbers as numbers, text as text (a
 * value is never read as a formula).
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
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        worksheet.value(r + 1, c, number);
                    } else if (value != null) {
                        worksheet.value(r + 1, c, value.toString());
                    }
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
}
