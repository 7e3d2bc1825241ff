package fr.cmq.identity.internal.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AccountCoverage;
import fr.cmq.identity.OfficeHolder;
import fr.cmq.identity.Role;

@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcAccountCoverage implements AccountCoverage {

    /** A grant held today, by an enabled account. */
    private static final String HELD = " from role_assignment r join user_account a on a.id = r.user_account_id"
            + " where a.enabled and r.starts_on <= :today and (r.ends_on is null or r.ends_on > :today)";

    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public Set<Long> campusesWithHolder(Role role, Collection<Long> campusIds) {
        if (campusIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct r.campus_id" + HELD
                        + " and r.role = :role and r.campus_id = any(:campuses)")
                .param("today", LocalDate.now(clock)).param("role", role.name())
                .param("campuses", campusIds.toArray(Long[]::new)).query(Long.class).list());
    }

    @Override
    public List<OfficeHolder> holders(Set<Role> roles, Collection<Long> campusIds) {
        if (campusIds.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct r.campus_id, r.role, a.display_name" + HELD
                        + " and r.role = any(:roles) and r.campus_id = any(:campuses)"
                        + " order by r.campus_id, a.display_name")
                .param("today", LocalDate.now(clock)).param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .param("campuses", campusIds.toArray(Long[]::new))
                .query((row, n) -> new OfficeHolder(row.getLong("campus_id"), Role.valueOf(row.getString("role")),
                        row.getString("display_name")))
                .list();
    }

    @Override
    public Set<Long> membersWithContact(long campusId) {
        return new HashSet<>(jdbc.sql("select distinct r.organisation_id" + HELD
                        + " and r.role = :role and r.campus_id = :campus and r.organisation_id is not null")
                .param("today", LocalDate.now(clock)).param("role", Role.MEMBER_CONTACT.name())
                .param("campus", campusId).query(Long.class).list());
    }

    @Override
    public long pendingInvitations() {
        return jdbc.sql("select count(*) from user_account where enabled and password_hash is null"
                        + " and last_sign_in_at is null")
                .query(Long.class).single();
    }

    @Override
    public long dormantAccounts() {
        return jdbc.sql("select count(*) from user_account where enabled"
                        + " and (password_hash is not null or last_sign_in_at is not null)"
                        + " and coalesce(last_sign_in_at, created_at) < :since")
                .param("since", Timestamp.from(LocalDate.now(clock).minus(AccountQueries.DORMANT)
                        .atStartOfDay(clock.getZone()).toInstant()))
                .query(Long.class).single();
    }
}
