package fr.cmq.insights;

import org.springframework.http.MediaType;

/** The shapes an open table is offered in; a table of places also as points on a map. */
public enum OpenFormat {

    CSV("csv", "text/csv;charset=UTF-8"),
    JSON("json", "application/json"),
    GEOJSON("geojson", "application/geo+json"),
    SCHEMA("schema.json", "application/json");

    private final String extension;
    private final MediaType mediaType;

    OpenFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }
}
