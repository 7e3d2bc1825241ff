package fr.cmq.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.siegmar.fastcsv.reader.CsvReader;

/** The programs' CSV: ISO days and moments in French time, a decimal point, formulas made plain text, RFC 4180. */
class MachineCsvTest {

    @Test
    void valuesAreWrittenAsProgramsReadThem() {
        assertThat(MachineCsv.cell(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31");
        assertThat(MachineCsv.cell(Instant.parse("2026-07-01T08:30:00Z"))).isEqualTo("2026-07-01T10:30+02:00");
        assertThat(MachineCsv.cell(LocalDateTime.of(2026, 1, 15, 9, 0))).isEqualTo("2026-01-15T09:00+01:00");
        assertThat(MachineCsv.cell(new BigDecimal("60000.50"))).isEqualTo("60000.50");
        assertThat(MachineCsv.cell(List.of("Nancy-Metz", "Reims"))).isEqualTo("Nancy-Metz, Reims");
        assertThat(MachineCsv.cell(null)).isEmpty();
        assertThat(MachineCsv.cell(-3)).isEqualTo("-3");
    }

    @Test
    void aTextASpreadsheetWouldRunIsMadePlainText() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd")) {
            assertThat(MachineCsv.cell(formula)).as(formula).startsWith("'");
        }
        assertThat(MachineCsv.cell("Lycée « Jean-Moulin »")).isEqualTo("Lycée « Jean-Moulin »");
    }

    @Test
    void aRowWithQuotesCommasAndLinesReadsBackWhole() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var csv = MachineCsv.writer(out)) {
            csv.writeRecord("nom", "description");
            csv.writeRecord("Campus \"Énergie\", Moselle", "ligne 1\nligne 2");
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'n');
        var rows = CsvReader.builder().ofNamedCsvRecord(new String(bytes, StandardCharsets.UTF_8)).stream().toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getField("nom")).isEqualTo("Campus \"Énergie\", Moselle");
        assertThat(rows.getFirst().getField("description")).isEqualTo("ligne 1\nligne 2");
    }
}
