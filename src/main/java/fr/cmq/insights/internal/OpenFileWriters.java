package fr.cmq.insights.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.MachineCsv;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an open table (ADR 0022): CSV as {@link MachineCsv} says, with a header of the schema's field names; JSON as an
 * array of objects under the same names, lists as arrays; GeoJSON as a FeatureCollection of points; and the Table
 * Schema that describes them.
 */
final class OpenFileWriters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenFileWriters() {
    }

    static <T> void csv(OpenTable<T> table, OutputStream out) {
        try (var csv = MachineCsv.writer(out)) {
            csv.writeRecord(table.columns().stream().map(Column::name).toList());
            var cells = new ArrayList<String>(table.columns().size());
            table.each(row -> {
                cells.clear();
                table.columns().forEach(column -> cells.add(MachineCsv.cell(column.value().apply(row))));
                csv.writeRecord(cells);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> void json(OpenTable<T> table, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            table.each(row -> {
                var object = new LinkedHashMap<String, @Nullable Object>();
                table.columns().forEach(column -> object.put(column.name(), jsonValue(column.value().apply(row))));
                json.writePOJO(object);
            });
            json.writeEndArray();
        }
    }

    static void geoJson(OpenTable.WithPlaces places, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeArrayPropertyStart("features");
            places.eachPoint(point -> json.writePOJO(Map.of("type", "Feature",
                    "geometry", Map.of("type", "Point", "coordinates", List.of(point.longitude(), point.latitude())),
                    "properties", jsonProperties(point.properties()))));
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** The Table Schema (frictionless, as schema.data.gouv.fr reads it) of the table's CSV. */
    static <T> void schema(OpenTable<T> table, String siteUrl, OutputStream out) {
        var fields = table.columns().stream().map(column -> {
            var field = new LinkedHashMap<String, Object>();
            field.put("name", column.name());
            field.put("title", column.title());
            field.put("description", column.description());
            field.put("type", column.type());
            if (column.required()) {
                field.put("constraints", Map.of("required", true));
            }
            return field;
        }).toList();
        var schema = new LinkedHashMap<String, Object>();
        schema.put("$schema", "https://frictionlessdata.io/schemas/table-schema.json");
        var about = table.about();
        schema.put("name", about.name());
        schema.put("title", about.title());
        schema.put("description", about.description());
        schema.put("homepage", siteUrl + "/donnees");
        schema.put("path", siteUrl + "/donnees/" + about.name() + ".schema.json");
        schema.put("licenses", List.of(Map.of("name", about.licence().id(), "title", about.licence().title(),
                "path", about.licence().url())));
        schema.put("fields", fields);
        var keys = List.of(about.primaryKey().split(", "));
        schema.put("primaryKey", keys.size() == 1 ? keys.getFirst() : keys);
        schema.put("missingValues", List.of(""));
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, schema);
    }

    private static @Nullable Object jsonValue(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Number number -> number;
            case Boolean yes -> yes;
            case String text -> text;
            case Collection<?> values -> values.stream().map(OpenFileWriters::jsonValue).toList();
            default -> MachineCsv.cell(value);
        };
    }

    private static Map<String, @Nullable Object> jsonProperties(Map<String, @Nullable Object> properties) {
        var json = new LinkedHashMap<String, @Nullable Object>();
        properties.forEach((name, value) -> json.put(name, jsonValue(value)));
        return json;
    }
}
