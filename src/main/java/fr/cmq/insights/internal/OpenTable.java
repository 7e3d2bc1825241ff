package fr.cmq.insights.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import fr.cmq.insights.Licence;
import fr.cmq.shared.DataVersion;

/** A table the platform publishes as open data: its rows, their columns, and what tells a change. */
interface OpenTable<T> {

    /**
     * What the table is, for its page, its schema and its catalogue entry.
     *
     * @param name the file's name without its extension: {@code campus}, {@code formations}, {@code evenements}
     * @param licenceNote why this licence, when it is not the platform's own
     * @param primaryKey the fields that identify a row, joined by {@code ", "}
     */
    record About(String name, String title, String description, Licence licence, @Nullable String licenceNote,
            String primaryKey) {
    }

    About about();

    List<Column<T>> columns();

    DataVersion version();

    void each(Consumer<T> reader);

    /** A table whose rows have places also offers them as points on a map. */
    interface WithPlaces {

        /** Each placed row as a point: latitude, longitude and what a map says of it. */
        void eachPoint(Consumer<Point> reader);
    }

    record Point(double latitude, double longitude, Map<String, @Nullable Object> properties) {
    }
}
