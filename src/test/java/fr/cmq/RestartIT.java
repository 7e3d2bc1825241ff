package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.PackagedPlatform;
import fr.cmq.shared.test.WebSession;

/**
 * The packaged jar, as an operator runs it: started twice on the same data directory, it keeps what the first run
 * created and does not load the demonstration data twice; killed without its shutdown, it starts cleanly again; its
 * embedded database killed, it starts it again.
 */
class RestartIT {

    private static final Pattern ACCOUNT_CREATION = Pattern.compile("\"action\":\"CREATION\",\"entityType\":\"compte\"");

    @TempDir
    Path dataDir;

    /**
     * One life of the platform on one data folder: a first start (bootstrap administrator, demonstration), a restart
     * that loses and duplicates nothing, a kill that leaves the database running, a start after it, then the death of
     * the database while the platform serves. Only a real process shows these; one data folder saves a first start.
     */
    @Test
    void keepsItsDataAcrossRestartsAKillAndTheDeathOfItsDatabase() throws Exception {
        int port = freePort();
        var openingAdmin = Map.of("CMQ_BOOTSTRAP_ADMIN_EMAIL", "ouverture@cmq.test",
                "CMQ_BOOTSTRAP_ADMIN_PASSWORD", "un mot de passe solide");

        var first = start(port, openingAdmin, "first-run");
        String inventory;
        try {
            assertThat(signedInAs(port, "ouverture@cmq.test", "un mot de passe solide")).isEqualTo(200);
            assertThat(accountCreations(port)).isEqualTo(DemoAccount.values().length + 1);
            inventory = inventory();
            assertThat(inventory).matches("12 campus, [1-9]\\d* membres, [1-9]\\d* sites, [1-9]\\d* instances, [1-9]\\d* formations");
        } finally {
            stop(first);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        var second = start(port, Map.of(), "second-run");
        try {
            assertThat(signedInAs(port, "ouverture@cmq.test", "un mot de passe solide")).isEqualTo(200);
            assertThat(accountCreations(port)).isEqualTo(DemoAccount.values().length + 1);
            assertThat(inventory()).as("nothing lost, nothing loaded twice").isEqualTo(inventory);
        } finally {
            second.destroyForcibly().waitFor();
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("the database outlived the platform").exists();

        var next = start(port, Map.of(), "after-kill-run");
        try {
            assertThat(campusCount(port)).isEqualTo(12);
            assertThat(inventory()).as("nothing lost by the kill").isEqualTo(inventory);
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres-password")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(query("select string_agg(setting, ',' order by name) from pg_settings"
                    + " where name in ('fsync', 'full_page_writes', 'synchronous_commit')")).as("durable").isEqualTo("on,on,on");
            assertThatThrownBy(() -> DriverManager.getConnection(database(), "postgres", "devine"))
                    .as("a wrong password").isInstanceOf(SQLException.class);

            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long count = -1;
            while (count != 12 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                count = campusCount(port);
            }
            assertThat(count).as("campuses read once the database is back").isEqualTo(12);
        } finally {
            stop(next);
            PackagedPlatform.stopDatabase(dataDir);
        }
    }

    private Process start(int port, Map<String, String> environment, String name) throws Exception {
        return PackagedPlatform.start("restart-it-" + name, port, dataDir, environment);
    }

    private static void stop(Process process) throws InterruptedException {
        PackagedPlatform.stop(process);
    }

    private static int signedInAs(int port, String email, String password) {
        return new WebSession(port).getWithBasic("/api/v1/me", email, password).statusCode();
    }

    /** What the demonstration data put in the embedded database of the running jar. */
    private String inventory() throws Exception {
        return query("""
                select (select count(*) from campus) || ' campus, ' || (select count(*) from campus_member) || ' membres, '
                    || (select count(*) from campus_site) || ' sites, ' || (select count(*) from campus_instance)
                    || ' instances, ' || (select count(*) from formation) || ' formations'""");
    }

    /** One value read from the jar's embedded database, with the password it keeps beside its data. */
    private String query(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(database(), "postgres",
                PackagedPlatform.databasePassword(dataDir));
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private String database() throws IOException {
        return PackagedPlatform.database(dataDir);
    }

    /** The number of campuses in the public directory, or -1 while it cannot be read. */
    private static long campusCount(int port) {
        var response = new WebSession(port).json("GET", "/api/v1/campuses?size=1", "");
        if (response.statusCode() != 200) {
            return -1;
        }
        var total = Pattern.compile("\"totalElements\":(\\d+)").matcher(response.body());
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    private static long accountCreations(int port) {
        String body = new WebSession(port).getWithBasic("/api/v1/audit-events?entityType=compte&size=200",
                DemoAccount.ADMIN.email, DemoAccount.PASSWORD).body();
        return ACCOUNT_CREATION.matcher(body).results().count();
    }

    private static int freePort() throws IOException {
        return PackagedPlatform.freePort();
    }
}
