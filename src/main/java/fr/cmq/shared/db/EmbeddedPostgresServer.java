package fr.cmq.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and per JVM, shared by every application context (tests build
 * several) and stopped when the JVM exits.
 * <p>
 * It keeps PostgreSQL's durable defaults ({@code fsync}, {@code synchronous_commit}) unless told otherwise (the test
 * suite), asks for a password generated at first start and kept beside the database (mode 0600), stops a server left
 * running by a platform that was killed, and starts the server again on the same port when it dies.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);
    private static final Duration WATCH_EVERY = Duration.ofSeconds(5);
    private static final Duration POOLS_CLOSING = Duration.ofSeconds(20);
    private static final String HBA = """
            # Written by the platform: every connection gives the password kept in ../postgres-password.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final Path directory;
    private final boolean durable;
    private final String password;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closing;
    /** The connection pools open on this server: at the JVM's exit, it stops once they are closed. */
    private final Phaser pools = new Phaser(1);

    private EmbeddedPostgresServer(Path directory, boolean durable, String password, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.durable = durable;
        this.password = password;
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer startOnce(Path dataDirectory, boolean reset, boolean durable) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), dir -> start(dir, reset, durable));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    String password() {
        return password;
    }

    /** A pool opens on this server; it calls {@link #poolClosed()} once closed. */
    void poolOpened() {
        pools.register();
    }

    void poolClosed() {
        pools.arriveAndDeregister();
    }

    private static EmbeddedPostgresServer start(Path directory, boolean reset, boolean durable) {
        try {
            if (reset) {
                deleteRecursively(directory);
            }
            Files.createDirectories(directory.getParent());
            stopOrphan(directory);
            String password = password(directory.resolveSibling(directory.getFileName() + "-password"));
            long startedAt = System.nanoTime();
            var postgres = builder(directory, durable, password, 0).start();
            secure(directory, postgres.getPort(), password);
            log.info("Embedded PostgreSQL started in {} ms on port {}, data in {}{}",
                    (System.nanoTime() - startedAt) / 1_000_000, postgres.getPort(), directory,
                    durable ? "" : " (without fsync: for tests only)");
            var server = new EmbeddedPostgresServer(directory, durable, password, postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            Thread.ofPlatform().daemon().name("embedded-postgres-watch").start(server::watch);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path directory, boolean durable, String password, int port) {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", password)
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        // The embedding library starts the server with -F and synchronous_commit=off, made for tests: a later -c wins.
        builder.setServerConfig("fsync", durable ? "on" : "off");
        builder.setServerConfig("synchronous_commit", durable ? "on" : "off");
        builder.setServerConfig("full_page_writes", durable ? "on" : "off");
        return builder;
    }

    /** A new cluster trusts local connections: give the superuser its password, then ask for it from then on. */
    private static void secure(Path directory, int port, String password) throws IOException {
        Path hba = directory.resolve("pg_hba.conf");
        if (Files.readString(hba).equals(HBA)) {
            return;
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER,
                password); var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + USER + " password '" + password + "'");
            Files.writeString(hba, HBA);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not protect the embedded PostgreSQL with a password", e);
        }
        log.info("Embedded PostgreSQL now asks for the password kept beside its data");
    }

    /** The password of the embedded server: generated once, kept in a file only its owner reads. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Path written = Files.createTempFile(file.getParent(), ".postgres-password", ".tmp");
        Files.setPosixFilePermissions(written, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        Files.writeString(written, password);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /**
     * A platform killed without its shutdown leaves its PostgreSQL running on the data directory, and the next start
     * would fail. No live platform holds the directory's lock then: stop that server before starting.
     */
    private static void stopOrphan(Path directory) throws IOException {
        Optional<ProcessHandle> server = postmaster(directory);
        if (server.isEmpty() || !lockIsFree(directory)) {
            return;
        }
        ProcessHandle orphan = server.get();
        log.warn("An embedded PostgreSQL (process {}) was left running on {} by a platform that stopped abruptly: "
                + "stopping it", orphan.pid(), directory);
        orphan.destroy();
        try {
            orphan.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notStopped) {
            orphan.destroyForcibly();
            orphan.onExit().join();
        }
    }

    /** The server process named in the directory's {@code postmaster.pid}, while it runs. */
    private static Optional<ProcessHandle> postmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(true));
    }

    private static boolean lockIsFree(Path directory) throws IOException {
        Path lockFile = directory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); var lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        }
    }

    /** Starts the server again, on the same port, when its process has died (killed, out of memory). */
    private void watch() {
        while (!closing) {
            try {
                Thread.sleep(WATCH_EVERY);
                if (closing || postmasterIsAlive()) {
                    continue;
                }
                int port = postgres.getPort();
                log.error("The embedded PostgreSQL on port {} has stopped: starting it again", port);
                closeQuietly(postgres);
                postgres = builder(directory, durable, password, port).start();
                log.info("Embedded PostgreSQL started again on port {}", port);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.error("The embedded PostgreSQL could not be started again; next try in {} s",
                        WATCH_EVERY.toSeconds(), e);
            }
        }
    }

    private boolean postmasterIsAlive() {
        try {
            return postmaster(directory).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * At the JVM's exit, the application contexts close in their own hooks, at the same time as this one: the server
     * waits for their pools to close (a bounded time), so that nothing closing late waits on a stopped server.
     */
    private void close() {
        try {
            pools.awaitAdvanceInterruptibly(pools.arriveAndDeregister(), POOLS_CLOSING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | TimeoutException e) {
            log.warn("Stopping the embedded PostgreSQL while {} connection pool(s) are still open",
                    pools.getRegisteredParties());
        }
        closing = true;
        closeQuietly(postgres);
    }

    private static void closeQuietly(@Nullable EmbeddedPostgres postgres) {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
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
