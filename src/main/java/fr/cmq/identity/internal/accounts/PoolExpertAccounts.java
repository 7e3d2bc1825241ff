package fr.cmq.identity.internal.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.ExpertAccounts;
import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;

@Service
@Transactional
@RequiredArgsConstructor
class PoolExpertAccounts implements ExpertAccounts {

    private final UserAccountRepository accounts;
    private final AccountAdministration administration;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public boolean ensureExpert(CmqUser admin, String email, String displayName) {
        var today = LocalDate.now(clock);
        var account = accounts.findWithRolesByEmail(email.strip().toLowerCase(Locale.ROOT));
        if (account.isPresent() && account.get().toUser(today).has(Role.EXPERT)) {
            return false;
        }
        administration.invite(admin, new Invitation(email, displayName, RoleGrant.national(Role.EXPERT), today, null));
        return account.isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Standing> standingOf(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        record Row(String email, Standing standing) {
        }
        return jdbc.sql("select lower(email) as email, password_hash is not null as password_set, enabled, last_sign_in_at"
                        + " from user_account where lower(email) = any(:emails)")
                .param("emails", emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .query((row, n) -> new Row(row.getString("email"), new Standing(row.getBoolean("password_set"),
                        row.getBoolean("enabled"), row.getTimestamp("last_sign_in_at") == null ? null
                                : row.getTimestamp("last_sign_in_at").toInstant())))
                .list().stream().collect(Collectors.toMap(Row::email, Row::standing, (first, second) -> first));
    }
}
