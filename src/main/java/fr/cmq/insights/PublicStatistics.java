package fr.cmq.insights;

import java.util.List;

/**
 * The campuses in figures for everyone: only what their public pages already say, counted over all of France.
 *
 * @param map campuses by région, by the map's codes
 */
public record PublicStatistics(long campuses, long labelled, long members, long companies, long formations,
        long publicEvents, List<FigureTable> tables, String map) {

    public FigureTable table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id));
    }

    /** Reads them. */
    public interface Reader {
        PublicStatistics read();
    }
}
