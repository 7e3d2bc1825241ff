package fr.cmq.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The one convention of the exports: a French CSV (BOM, {@code ;}, decimal comma, dd/MM/yyyy, moments in French time)
 * and an XLSX of real numbers and dates, from the same typed rows.
 */
class ExportConventionTest {

    private static final List<Object> ROW = Arrays.asList(new BigDecimal("60000.00"), 180.5, 12,
            LocalDate.of(2025, 12, 31), Instant.parse("2026-07-14T08:00:00Z"), "-5 = texte", null);

    @Test
    void aCsvIsWrittenTheFrenchWay() {
        String csv = new String(CsvDownload.of("t.csv", List.of("a", "b", "c", "d", "e", "f", "g"),
                List.of(ROW)).getBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"a\";\"b\"")
                .contains("\"60000,00\";\"180,5\";\"12\";\"31/12/2025\";\"14/07/2026 10:00\";\"'-5 = texte\";\"\"\r\n");
    }

    @Test
    void anXlsxHoldsRealNumbersAndDates() throws IOException {
        byte[] xlsx = XlsxDownload.of("t.xlsx", "Feuille", List.of("a", "b", "c", "d", "e", "f", "g"), List.of(ROW))
                .getBody();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("60000"));
            assertThat(row.getCell(3).getType()).as("a day is a date").isEqualTo(CellType.NUMBER);
            assertThat(row.getCellAsDate(3)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 12, 31)));
            assertThat(row.getCellAsDate(4)).hasValueSatisfying(d -> assertThat(d.getHour()).isEqualTo(10));
            assertThat(row.getCell(5).getType()).isEqualTo(CellType.STRING);
        }
    }
}
