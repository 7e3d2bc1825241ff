package fr.cmq.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.IntegrationTest;

/**
 * Failed sign-ins are counted in the database: two instances of the platform, each with its own throttle, lock an
 * account tried from one address as one, and forget the counts once their window has passed.
 */
@IntegrationTest
class JdbcFailureCountsIT {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    FailureCounts counts;
    @Autowired
    JdbcClient jdbc;

    private LoginThrottle instance(Clock clock) {
        return new LoginThrottle(counts, clock, 5, 20, 50, WINDOW);
    }

    @Test
    void failuresThroughTwoInstancesLockAsOne() {
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var first = instance(clock);
        var second = instance(clock);
        for (int i = 0; i < 5; i++) {
            assertThat(first.isBlocked("do@cmq.test", "203.0.113.7")).isFalse();
            (i % 2 == 0 ? first : second).failed("do@cmq.test", "203.0.113.7");
        }
        assertThat(first.isBlocked("do@cmq.test", "203.0.113.7")).isTrue();
        assertThat(second.isBlocked("DO@cmq.test", "203.0.113.7")).isTrue();
        assertThat(second.isBlocked("do@cmq.test", "10.0.0.1")).as("the owner, elsewhere").isFalse();

        var later = Clock.offset(clock, WINDOW.plusMinutes(1));
        assertThat(instance(later).isBlocked("do@cmq.test", "203.0.113.7")).as("after the window").isFalse();
        instance(later).failed("do@cmq.test", "203.0.113.7");
        assertThat(jdbc.sql("select failures from sign_in_failure where key like 'pair:do@cmq.test@%'")
                .query(Integer.class).single()).as("a count past its window starts again").isEqualTo(1);
    }

    @Test
    void aSuccessClearsThePairAndPastCountsAreForgotten() {
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var throttle = instance(clock);
        throttle.failed("chef@cmq.test", "198.51.100.4");
        throttle.failed("chef@cmq.test", "198.51.100.4");
        throttle.succeeded("chef@cmq.test", "198.51.100.4");
        assertThat(jdbc.sql("select key from sign_in_failure order by key").query(String.class).list())
                .containsExactly("account:chef@cmq.test", "address:198.51.100.4");

        instance(Clock.offset(clock, WINDOW.plusSeconds(1))).forgetPast();
        assertThat(jdbc.sql("select count(*) from sign_in_failure").query(Integer.class).single()).isZero();
    }

    @Test
    void anyNameTypedIsCountedEvenWhatTheDatabaseCannotKeep() {
        var throttle = instance(Clock.fixed(NOW, ZoneOffset.UTC));
        String hostile = "nul\u0000@cmq.test\u0007" + "x".repeat(5_000);
        for (int i = 0; i < 5; i++) {
            throttle.failed(hostile, "198.51.100.9");
        }
        assertThat(throttle.isBlocked(hostile, "198.51.100.9")).isTrue();
    }
}
