package fr.cmq.shared.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged jar run as an operator runs it, through {@code bin/plateforme-cmq} (unpacked, with the JDK's
 * ahead-of-time cache made by a training start the first time): a process of its own, on a port and a data folder,
 * ready when healthy.
 */
public final class PackagedPlatform {

    /** The first start of a new jar includes the training start that makes the cache. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private PackagedPlatform() {
    }

    /** Starts the jar and waits until it is healthy; its output goes to {@code target/<name>.log}. */
    public static Process start(String name, int port, Path dataDir, Map<String, String> environment,
            String... arguments) throws Exception {
        var log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>(List.of("bin/plateforme-cmq", "--server.port=" + port,
                "--cmq.data-dir=" + dataDir));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CMQ_JAR", System.getProperty("cmq.jar", "target/plateforme-cmq-0.1.0-SNAPSHOT.jar"));
        builder.environment().putAll(environment);
        long startedAt = System.nanoTime();
        var process = builder.start();
        try {
            waitUntilHealthy(port, process, log);
        } catch (Exception | AssertionError notReady) {
            stop(process);
            throw notReady;
        }
        System.out.printf("%s: ready in %d ms%n", name, Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
        return process;
    }

    private static void waitUntilHealthy(int port, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the platform stopped at start: see %s%n%s", log,
                    Files.exists(log) ? Files.readString(log) : "").isTrue();
            try {
                if (new WebSession(port).get("/actuator/health").body().contains("\"UP\"")) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the platform was not ready within " + READY_WITHIN.toSeconds() + " s: see " + log);
    }

    /** Stops the platform as an operator would, then by force if it lingers. */
    public static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * Stops the embedded database a jar started under this data folder, when it outlived its jar (a jar killed by
     * force leaves its database running, still writing its files while the test's folder is removed).
     */
    public static void stopDatabase(Path dataDir) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var server = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()));
        if (server.isPresent()) {
            server.get().destroy();
            try {
                server.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                server.get().destroyForcibly();
            }
        }
    }

    /** The address of the embedded database a jar started under this data folder. */
    public static String database(Path dataDir) throws IOException {
        return "jdbc:postgresql://localhost:"
                + Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).strip() + "/postgres";
    }

    /** The password the jar keeps beside its embedded database. */
    public static String databasePassword(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("postgres-password")).strip();
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
