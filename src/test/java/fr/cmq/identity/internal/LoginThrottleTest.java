package fr.cmq.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new CountsInMemory(), clock, 3, 5, 8, Duration.ofMinutes(15));

    @Test
    void blocksAnAccountFromOneAddressAfterTooManyFailuresUntilTheWindowHasPassed() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isBlocked("do@cmq.test", "10.0.0.1")).isFalse();
            throttle.failed("do@cmq.test", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("DO@cmq.test ", "10.0.0.1")).as("account names are compared loosely").isTrue();
        assertThat(throttle.isBlocked("other@cmq.test", "10.0.0.1")).isFalse();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("do@cmq.test", "10.0.0.1")).isFalse();
    }

    @Test
    void anAttackerDoesNotLockTheOwnerOutFromAnotherAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin@cmq.test", "203.0.113.7");
        }
        assertThat(throttle.isBlocked("admin@cmq.test", "203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("admin@cmq.test", "10.0.0.1")).as("the owner, elsewhere").isFalse();
    }

    @Test
    void anAccountAttackedFromManyAddressesIsSlowedDownButNeverLocked() {
        for (int i = 0; i < 8; i++) {
            assertThat(throttle.delay("admin@cmq.test", "10.0.0.1")).isZero();
            throttle.failed("admin@cmq.test", "198.51.100." + i);
        }
        assertThat(throttle.isBlocked("admin@cmq.test", "10.0.0.1")).as("the owner may still sign in").isFalse();
        assertThat(throttle.delay("admin@cmq.test", "10.0.0.1")).isEqualTo(Duration.ofMillis(250));
        throttle.failed("admin@cmq.test", "198.51.100.99");
        assertThat(throttle.delay("admin@cmq.test", "10.0.0.1")).isEqualTo(Duration.ofMillis(500));
        for (int i = 0; i < 20; i++) {
            throttle.failed("admin@cmq.test", "198.51.101." + i);
        }
        assertThat(throttle.delay("admin@cmq.test", "10.0.0.1")).as("a few seconds at most").isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anAddressTryingManyAccountsIsSlowedDownWithoutLockingAnyoneOut() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@cmq.test", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("new@cmq.test", "10.0.0.1")).as("who knows the password, behind the same address")
                .isFalse();
        assertThat(throttle.delay("new@cmq.test", "10.0.0.1")).isPositive();
        assertThat(throttle.delay("new@cmq.test", "10.0.0.2")).isZero();
    }

    @Test
    void federatedSignInsThatFailCountAgainstTheirAddressAndSlowDownItsPasswordsToo() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.delayFrom("10.0.0.9")).isZero();
            throttle.failedFrom("10.0.0.9");
        }
        assertThat(throttle.delayFrom("10.0.0.9")).isPositive();
        assertThat(throttle.delay("do@cmq.test", "10.0.0.9")).as("the same address, with a password").isPositive();
        assertThat(throttle.isBlocked("do@cmq.test", "10.0.0.9")).as("no account locked out").isFalse();
        assertThat(throttle.delayFrom("10.0.0.10")).isZero();
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        for (int i = 1; i <= 3; i++) {
            throttle.failed("do@cmq.test", "2001:db8:1:2::" + Integer.toHexString(i * 4097));
        }
        assertThat(throttle.isBlocked("do@cmq.test", "2001:db8:1:2:ffff:ffff:ffff:ffff")).isTrue();
        assertThat(throttle.isBlocked("do@cmq.test", "2001:db8:1:3::1")).as("another /64").isFalse();
        assertThat(LoginThrottle.group("::ffff:192.0.2.1")).isEqualTo(LoginThrottle.group("192.0.2.1"));
        assertThat(LoginThrottle.group("[0:0:0:0:0:0:0:1]")).isEqualTo(LoginThrottle.group("::1"));
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        throttle.failed("do@cmq.test", "10.0.0.1");
        throttle.failed("do@cmq.test", "10.0.0.1");
        throttle.succeeded("do@cmq.test", "10.0.0.1");
        throttle.failed("do@cmq.test", "10.0.0.1");
        throttle.failed("do@cmq.test", "10.0.0.1");
        assertThat(throttle.isBlocked("do@cmq.test", "10.0.0.1")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        throttle.failed("do@cmq.test", null);
        throttle.failed("do@cmq.test", null);
        clock.advance(Duration.ofMinutes(20));
        throttle.failed("do@cmq.test", null);
        assertThat(throttle.isBlocked("do@cmq.test", null)).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-09-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
