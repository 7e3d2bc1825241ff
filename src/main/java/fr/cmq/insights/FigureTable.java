package fr.cmq.insights;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of a dashboard and the chart beside it: each row a name, a number and the address of the list it counts
 * (none when there is no such list).
 *
 * @param id its anchor and the name of its exports ({@code statuts} → {@code /pilotage/statuts.csv})
 * @param unit what the numbers count ({@code campus}, {@code €})
 */
public record FigureTable(String id, String title, String unit, List<Row> rows) {

    public record Row(String label, long value, @Nullable String link) {
    }

    public long total() {
        return rows.stream().mapToLong(Row::value).sum();
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(row -> row.value() == 0);
    }
}
