package fr.cmq.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.cmq.shared.PlainText;

/**
 * Counts failed sign-ins over a window and refuses further attempts once a limit is reached, until the window has
 * passed. The tight limit is per account <em>and</em> address, so that guessing from one place does not lock the
 * owner out from another (OWASP ASVS 2.2.1); an address trying many accounts has its own limit; an account attacked
 * from many addresses has a higher ceiling of its own. A successful sign-in clears its account and address's count.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

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

    boolean isBlocked(String account, @Nullable String address) {
        return count(pairKey(account, address)) >= maxPerAccount
                || count(accountKey(account)) >= maxPerAccountEverywhere
                || (address != null && count(addressKey(address)) >= maxPerAddress);
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
        return "pair:" + normalized(account) + "@" + address;
    }

    /** A name longer than any e-mail address is cut, so that tracking it costs little memory. */
    private static String normalized(String account) {
        String name = account.strip().toLowerCase(Locale.ROOT);
        return name.length() > PlainText.MAX_EMAIL_LENGTH ? name.substring(0, PlainText.MAX_EMAIL_LENGTH) : name;
    }

    private static String addressKey(String address) {
        return "address:" + address;
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
