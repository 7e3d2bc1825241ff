package fr.cmq.insights.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import fr.cmq.insights.OpenData;
import fr.cmq.insights.OpenDataset;
import fr.cmq.insights.OpenFile;
import fr.cmq.insights.OpenFormat;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.Digests;

/**
 * Writes each open file once per state of its rows, on disk under the data directory, and serves it from there: a
 * request checks the rows' fingerprint (one short query), and only the first after a change writes the file, reading
 * the rows a few hundred at a time. The connection is held while the rows go to disk, never while a visitor downloads;
 * the file is written beside and moved in whole, so that nobody reads half of it.
 */
@Service
class OpenFiles implements OpenData {

    /** How long the file of a former state stays. */
    private static final Duration KEPT = Duration.ofMinutes(10);

    private final List<OpenTable<?>> tables;
    private final Path directory;
    private final String siteUrl;
    private final ConcurrentHashMap<String, Object> writing = new ConcurrentHashMap<>();

    OpenFiles(List<OpenTable<?>> tables, CmqProperties properties) {
        this.tables = tables;
        this.directory = properties.dataDir().resolve("donnees-ouvertes");
        this.siteUrl = properties.siteUrl();
    }

    @Override
    public List<OpenDataset> datasets() {
        return tables.stream().map(table -> new OpenDataset(table.about().name(), table.about().title(),
                table.about().description(), table.about().licence(), table.about().licenceNote(), formats(table),
                table.version().lastChange(), table.columns().stream().map(Column::name).toList())).toList();
    }

    @Override
    public Optional<OpenFile> file(String name, OpenFormat format) {
        return tables.stream().filter(table -> table.about().name().equals(name) && formats(table).contains(format))
                .findFirst().map(table -> written(table, format));
    }

    private static List<OpenFormat> formats(OpenTable<?> table) {
        return table instanceof OpenTable.WithPlaces
                ? List.of(OpenFormat.CSV, OpenFormat.JSON, OpenFormat.GEOJSON, OpenFormat.SCHEMA)
                : List.of(OpenFormat.CSV, OpenFormat.JSON, OpenFormat.SCHEMA);
    }

    private OpenFile written(OpenTable<?> table, OpenFormat format) {
        var version = table.version();
        String tag = Digests.sha256(format + "/" + version.fingerprint()).substring(0, 24);
        String fileName = table.about().name() + "." + format.extension();
        Path path = directory.resolve(table.about().name() + "-" + tag + "." + format.extension());
        if (!Files.exists(path)) {
            synchronized (writing.computeIfAbsent(fileName, key -> new Object())) {
                if (!Files.exists(path)) {
                    write(path, out -> content(table, format, out));
                    forgetOthers(table.about().name(), format, path);
                }
            }
        }
        return new OpenFile(path, fileName, format, tag, version.lastChange());
    }

    private void content(OpenTable<?> table, OpenFormat format, OutputStream out) {
        switch (format) {
            case CSV -> OpenFileWriters.csv(table, out);
            case JSON -> OpenFileWriters.json(table, out);
            case GEOJSON -> OpenFileWriters.geoJson((OpenTable.WithPlaces) table, out);
            case SCHEMA -> OpenFileWriters.schema(table, siteUrl, out);
        }
    }

    private void write(Path path, Consumer<OutputStream> content) {
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "ecriture-", ".part");
            try {
                try (var out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    content.accept(out);
                }
                Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files of the rows' former states, once a while old: a request that was just told of one may be about to open
     * it, and a download under way keeps reading the one it opened.
     */
    private void forgetOthers(String name, OpenFormat format, Path kept) {
        var old = FileTime.from(Instant.now().minus(KEPT));
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> !file.equals(kept))
                    .filter(file -> modified(file).compareTo(old) < 0)
                    .filter(file -> file.getFileName().toString().matches(Pattern.quote(name)
                            + "-[0-9a-f]{24}\\." + Pattern.quote(format.extension())))
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }
}
