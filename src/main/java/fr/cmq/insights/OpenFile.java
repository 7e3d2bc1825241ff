package fr.cmq.insights;

import java.nio.file.Path;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An open data file as written on disk, with the tag that changes with its content. */
public record OpenFile(Path path, String fileName, OpenFormat format, String etag, @Nullable Instant lastChange) {
}
