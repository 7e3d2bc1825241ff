package fr.cmq.insights.internal;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One column of an open table, said once for its CSV header, its JSON key and its Table Schema field.
 *
 * @param type a Table Schema type: string, integer, number, date, datetime, boolean, array
 */
record Column<T>(String name, String type, String title, String description, boolean required,
        Function<T, @Nullable Object> value) {

    static <T> Column<T> required(String name, String type, String title, String description,
            Function<T, @Nullable Object> value) {
        return new Column<>(name, type, title, description, true, value);
    }

    static <T> Column<T> optional(String name, String type, String title, String description,
            Function<T, @Nullable Object> value) {
        return new Column<>(name, type, title, description, false, value);
    }
}
