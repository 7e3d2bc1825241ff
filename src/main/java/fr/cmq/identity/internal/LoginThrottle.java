package fr.cmq.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.cmq.shared.PlainText;

/**
 * Counts failed sign-ins over a window. Only the one who guesses is locked out: an account is refused from the address
 * that failed on it too often (OWASP ASVS 2.2.1), and from nowhere else, so that a stranger cannot lock out the people
 * who know their password. An address trying many accounts, or an account tried from many addresses, is slowed down
 * instead: each attempt past the limit waits longer, up to a few seconds, whoever makes it. An IPv6 address counts by
 * its /64, the block a single client is given and may rotate within. A successful sign-in clears its account and
 * address's count.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;
    private static final Duration FIRST_DELAY = Duration.ofMillis(250);
    private static final Duration LONGEST_DELAY = Duration.ofSeconds(5);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final int maxPerAccountEverywhere;
    private final Duration window;

    LoginThrottle(Clock clock,
            @Value("${cmq.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${cmq.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${cmq.login.max-failures-per-account-everywhere:50}") int maxPerAccountEverywhere,
            @Value("${cmq.login.window:PT15M}") Duration window) {
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
        int excess = Math.max(count(accountKey(account)) - maxPerAccountEverywhere,
                address == null ? -1 : count(addressKey(address)) - maxPerAddress);
        if (excess < 0) {
            return Duration.ZERO;
        }
        return capped(FIRST_DELAY.multipliedBy(1L << Math.min(excess, 6)));
    }

    private static Duration capped(Duration delay) {
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    void failed(String account, @Nullable String address) {
        var now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(entry -> entry.expired(now, window));
        }
        for (String key : address == null ? new String[] { pairKey(account, null), accountKey(account) }
                : new String[] { pairKey(account, address), accountKey(account), addressKey(address) }) {
            failures.merge(key, new Failures(now, 1), (old, one) -> old.plusOne(now, window));
        }
    }

    /** The wait before a federation's answer is read from this address: nothing, unless the address is hammered. */
    Duration delayFrom(@Nullable String address) {
        int excess = address == null ? -1 : count(addressKey(address)) - maxPerAddress;
        return excess < 0 ? Duration.ZERO : capped(FIRST_DELAY.multipliedBy(1L << Math.min(excess, 6)));
    }

    /** A federation's sign-in that failed: counted against the address, there being no account to name. */
    void failedFrom(@Nullable String address) {
        if (address != null) {
            failures.merge(addressKey(address), new Failures(clock.instant(), 1),
                    (old, one) -> old.plusOne(clock.instant(), window));
        }
    }

    void succeeded(String account, @Nullable String address) {
        failures.remove(pairKey(account, address));
    }

    private int count(String key) {
        var entry = failures.get(key);
        return entry == null || entry.expired(clock.instant(), window) ? 0 : entry.count();
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

    /** A name longer than any e-mail address is cut, so that tracking it costs little memory. */
    private static String normalized(String account) {
        String name = account.strip().toLowerCase(Locale.ROOT);
        return name.length() > PlainText.MAX_EMAIL_LENGTH ? name.substring(0, PlainText.MAX_EMAIL_LENGTH) : name;
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

    private record Failures(Instant since, int count) {

        boolean expired(Instant now, Duration window) {
            return since.plus(window).isBefore(now);
        }

        Failures plusOne(Instant now, Duration window) {
            return expired(now, window) ? new Failures(now, 1) : new Failures(since, count + 1);
        }
    }
}
