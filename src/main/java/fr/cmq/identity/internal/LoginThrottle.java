package fr.cmq.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import fr.cmq.shared.PlainText;

/**
 * Counts failed sign-ins over a window. Only the one who guesses is locked out: an account is refused from the address
 * that failed on it too often (OWASP ASVS 2.2.1), and from nowhere else, so that a stranger cannot lock out the people
 * who know their password. An address trying many accounts, or an account tried from many addresses, is slowed down
 * instead: each attempt past the limit waits longer, up to a few seconds, whoever makes it. An IPv6 address counts by
 * its /64, the block a single client is given and may rotate within. A successful sign-in clears its account and
 * address's count. The counts are kept where every instance of the platform reads them ({@link FailureCounts}).
 */
@Component
class LoginThrottle {

    private static final Duration FIRST_DELAY = Duration.ofMillis(250);
    private static final Duration LONGEST_DELAY = Duration.ofSeconds(5);

    private final FailureCounts failures;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final int maxPerAccountEverywhere;
    private final Duration window;

    LoginThrottle(FailureCounts failures, Clock clock,
            @Value("${cmq.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${cmq.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${cmq.login.max-failures-per-account-everywhere:50}") int maxPerAccountEverywhere,
            @Value("${cmq.login.window:PT15M}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.maxPerAccountEverywhere = maxPerAccountEverywhere;
        this.window = window;
    }

    /** Whether this account may not be tried from this address until the window has passed. */
    boolean isBlocked(String account, @Nullable String address) {
        return count(pairKey(account, address)) >= maxPerAccount;
    }

    /** How long an attempt waits before its password is checked: nothing, unless an address or an account is hammered. */
    Duration delay(String account, @Nullable String address) {
        var counts = address == null ? counts(accountKey(account)) : counts(accountKey(account), addressKey(address));
        int excess = Math.max(counts.getOrDefault(accountKey(account), 0) - maxPerAccountEverywhere,
                address == null ? -1 : counts.getOrDefault(addressKey(address), 0) - maxPerAddress);
        if (excess < 0) {
            return Duration.ZERO;
        }
        return capped(FIRST_DELAY.multipliedBy(1L << Math.min(excess, 6)));
    }

    private static Duration capped(Duration delay) {
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    void failed(String account, @Nullable String address) {
        failures.add(address == null ? List.of(pairKey(account, null), accountKey(account))
                : List.of(pairKey(account, address), accountKey(account), addressKey(address)), clock.instant(), window);
    }

    /** The wait before a federation's answer is read from this address: nothing, unless the address is hammered. */
    Duration delayFrom(@Nullable String address) {
        int excess = address == null ? -1 : count(addressKey(address)) - maxPerAddress;
        return excess < 0 ? Duration.ZERO : capped(FIRST_DELAY.multipliedBy(1L << Math.min(excess, 6)));
    }

    /** A federation's sign-in that failed: counted against the address, there being no account to name. */
    void failedFrom(@Nullable String address) {
        if (address != null) {
            failures.add(List.of(addressKey(address)), clock.instant(), window);
        }
    }

    void succeeded(String account, @Nullable String address) {
        failures.clear(pairKey(account, address));
    }

    /** Counts whose window has passed are forgotten, so that only the last window's attempts are kept. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    @SchedulerLock(name = "oubli-echecs-de-connexion")
    void forgetPast() {
        failures.forgetBefore(clock.instant().minus(window));
    }

    private int count(String key) {
        return counts(key).getOrDefault(key, 0);
    }

    private Map<String, Integer> counts(String... keys) {
        return failures.counts(List.of(keys), clock.instant(), window);
    }

    private static String accountKey(String account) {
        return "account:" + normalized(account);
    }

    private static String pairKey(String account, @Nullable String address) {
        return "pair:" + normalized(account) + "@" + (address == null ? null : group(address));
    }

    private static String addressKey(String address) {
        return "address:" + group(address);
    }

    /**
     * A name longer than any e-mail address is cut, so that tracking it costs little, and loses its control characters,
     * which the database does not keep (NUL).
     */
    private static String normalized(String account) {
        String name = account.length() > 4 * PlainText.MAX_EMAIL_LENGTH
                ? account.substring(0, 4 * PlainText.MAX_EMAIL_LENGTH)
                : account;
        return PlainText.printable(name.strip().toLowerCase(Locale.ROOT), PlainText.MAX_EMAIL_LENGTH);
    }

    /** An IPv4 address as it is (also when written as IPv6), an IPv6 address by its /64. */
    static String group(String address) {
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1)
                : address;
        if (!literal.contains(":")) {
            return literal;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal.replaceFirst("%.*$", "")).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
        } catch (UnknownHostException notAnAddress) {
            return literal;
        }
    }
}
