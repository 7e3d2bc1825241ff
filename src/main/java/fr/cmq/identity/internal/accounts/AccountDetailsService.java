package fr.cmq.identity.internal.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.PlainText;

/**
 * The accounts the sign-in reads, with the grants held today; and, for a session already signed in, the account as it
 * stands now — asked at each request, so that a disabled account or an ended grant stops at once.
 */
@Service
@RequiredArgsConstructor
public class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** An invited account that has not set its password yet is no account to sign in with. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        if (email.length() > PlainText.MAX_EMAIL_LENGTH || PlainText.hasControlCharacters(email)) {
            throw new UsernameNotFoundException("Aucun compte pour cette adresse");
        }
        return accounts.findWithRolesByEmail(email.strip())
                .filter(UserAccount::hasPassword)
                .map(account -> account.toUser(LocalDate.now(clock)))
                .orElseThrow(() -> new UsernameNotFoundException("Aucun compte pour cette adresse"));
    }

    /**
     * The signed-in user as its account stands now: the same user when nothing changed since it was read today,
     * read again when it did, nothing when the account is disabled or gone, or its holder closed this session
     * ({@code mark}, none for a session opened before sessions were noted).
     */
    @Transactional(readOnly = true)
    public Optional<CmqUser> current(CmqUser user, @Nullable String mark) {
        var today = LocalDate.now(clock);
        var stamp = jdbc.sql("select version, enabled and (cast(:mark as text) is null or exists (select 1"
                        + " from account_session s where s.mark = :mark and s.closed_at is null)) as open"
                        + " from user_account where id = :id").param("id", user.id()).param("mark", mark)
                .query((row, n) -> new Stamp(row.getLong("version"), row.getBoolean("open"))).optional();
        if (stamp.isEmpty() || !stamp.get().enabled()) {
            return Optional.empty();
        }
        if (user.isCurrent(stamp.get().version(), today)) {
            return Optional.of(user);
        }
        return accounts.findWithRolesById(user.id()).map(account -> account.toUser(today)).filter(CmqUser::isEnabled);
    }

    /**
     * The enabled account of this address, as signed in by a federation (ProConnect) that vouched for the address:
     * an invited account needs no password for it.
     */
    @Transactional(readOnly = true)
    public Optional<CmqUser> federated(String email) {
        if (email.length() > PlainText.MAX_EMAIL_LENGTH || PlainText.hasControlCharacters(email)) {
            return Optional.empty();
        }
        return accounts.findWithRolesByEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
                .map(account -> account.toUser(LocalDate.now(clock))).filter(CmqUser::isEnabled);
    }

    /** An enabled account as a user with the grants it holds today: whom an API token acts for. */
    @Transactional(readOnly = true)
    public Optional<CmqUser> holder(long accountId) {
        return accounts.findWithRolesById(accountId).map(account -> account.toUser(LocalDate.now(clock)))
                .filter(CmqUser::isEnabled);
    }

    private record Stamp(long version, boolean enabled) {
    }
}
