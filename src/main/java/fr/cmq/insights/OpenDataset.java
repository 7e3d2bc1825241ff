package fr.cmq.insights;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dataset of the open data page: what it holds, under which licence, in which formats, and when it last changed.
 *
 * @param name the file name without its extension, which also names its schema ({@code campus.schema.json})
 * @param licenceNote why this licence, when it is not ours
 */
public record OpenDataset(String name, String title, String description, Licence licence, @Nullable String licenceNote,
        List<OpenFormat> formats, @Nullable Instant lastChange, List<String> fields) {
}
