package fr.cmq.identity.internal.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.identity.internal.accounts.AccountViews.AccountDetails;
import fr.cmq.identity.internal.accounts.AccountViews.AccountRow;
import fr.cmq.identity.internal.accounts.AccountViews.GrantView;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;

/** The accounts a person sees, a page at a time, and one account with its grants and its history. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AccountQueries {

    /** An account not signed in for this long is said dormant. */
    public static final Period DORMANT = Period.ofMonths(6);

    private final JdbcClient jdbc;
    private final AccountReach reach;
    private final ScopeNames scopeNames;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public PageResponse<AccountRow> search(CmqUser viewer, AccountSearch search, int page, int size) {
        var params = new HashMap<String, Object>();
        var where = new StringBuilder(" where ").append(reach.visibleTo(viewer, params));
        if (search.q() != null && !search.q().isBlank()) {
            where.append(" and (lower(a.email) like :q or lower(a.display_name) like :q)");
            params.put("q", "%" + search.q().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.role() != null || search.campus() != null || search.academie() != null) {
            where.append(" and exists (select 1 from role_assignment f where f.user_account_id = a.id")
                    .append(search.role() == null ? "" : " and f.role = :role")
                    .append(search.campus() == null ? "" : " and f.campus_id = :campus")
                    .append(search.academie() == null ? "" : " and (f.academie_code = :academie"
                            + " or f.campus_id = any(:academieCampuses))")
                    .append(")");
            params.put("role", search.role() == null ? "" : search.role().name());
            params.put("campus", search.campus() == null ? 0L : search.campus());
            params.put("academie", search.academie() == null ? "" : search.academie());
            params.put("academieCampuses", search.academie() == null ? new Long[0]
                    : scopeNames.campusesOf(search.academie()).toArray(Long[]::new));
        }
        if (search.state() != null) {
            where.append(switch (search.state()) {
                case ACTIF -> " and a.enabled and (a.password_hash is not null or a.last_sign_in_at is not null)";
                case INVITE -> " and a.enabled and a.password_hash is null and a.last_sign_in_at is null";
                case DESACTIVE -> " and not a.enabled";
            });
        }
        if (search.dormant()) {
            where.append(" and coalesce(a.last_sign_in_at, a.created_at) < :dormantSince");
            params.put("dormantSince", Timestamp.from(LocalDate.now(clock).minus(DORMANT)
                    .atStartOfDay(clock.getZone()).toInstant()));
        }
        String order = switch (search.sort()) {
            case NOM -> "lower(a.display_name), a.id";
            case ADRESSE -> "lower(a.email), a.id";
            case CONNEXION -> "a.last_sign_in_at desc nulls last, a.id";
        };
        var rows = jdbc.sql("select a.id, a.email, a.display_name, a.enabled, a.password_hash is not null as password_set,"
                        + " a.last_sign_in_at, count(*) over () as total from user_account a" + where
                        + " order by " + order + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", PageResponse.offset(page, size))
                .query((row, n) -> new RowAndTotal(row.getLong("total"), row.getLong("id"), row.getString("email"),
                        row.getString("display_name"), row.getBoolean("enabled"), row.getBoolean("password_set"),
                        instant(row, "last_sign_in_at")))
                .list();
        long total = !rows.isEmpty() ? rows.getFirst().total() : page == 0 ? 0
                : jdbc.sql("select count(*) from user_account a" + where).params(params).query(Long.class).single();
        var grants = grantsOf(rows.stream().map(RowAndTotal::id).toList(), null);
        return PageResponse.of(rows.stream().map(row -> new AccountRow(row.id(), row.email(), row.displayName(),
                row.enabled(), row.passwordSet(), row.lastSignInAt(),
                grants.getOrDefault(row.id(), List.of()).stream().filter(GrantView::held).toList())).toList(),
                page, size, total);
    }

    /** @throws NotFoundException when there is no such account, or the viewer does not see it */
    public AccountDetails details(CmqUser viewer, long accountId) {
        var raw = rawGrants(accountId);
        if (!reach.sees(viewer, raw)) {
            throw new NotFoundException("Compte " + accountId + " introuvable");
        }
        var grants = grantsOf(List.of(accountId), viewer).getOrDefault(accountId, List.of());
        return jdbc.sql("select id, email, display_name, enabled, password_hash is not null as password_set, created_at,"
                        + " invited_at, invited_by, last_sign_in_at, updated_at, updated_by, version"
                        + " from user_account where id = :id")
                .param("id", accountId)
                .query((row, n) -> new AccountDetails(row.getLong("id"), row.getString("email"),
                        row.getString("display_name"), row.getBoolean("enabled"), row.getBoolean("password_set"),
                        instant(row, "created_at"), instant(row, "invited_at"), row.getString("invited_by"),
                        instant(row, "last_sign_in_at"), instant(row, "updated_at"), row.getString("updated_by"),
                        row.getLong("version"), grants, auditTrail.historyOf("compte", accountId, 50),
                        reach.manages(viewer, raw)))
                .optional().orElseThrow(() -> new NotFoundException("Compte " + accountId + " introuvable"));
    }

    /** A person's own grants, named, the ended ones too: its own page shows them. */
    public List<GrantView> ownGrants(CmqUser user) {
        return grantsOf(List.of(user.id()), null).getOrDefault(user.id(), List.of());
    }

    private List<RoleGrant> rawGrants(long accountId) {
        return jdbc.sql("select role, campus_id, academie_code, region_code, organisation_id from role_assignment"
                        + " where user_account_id = :id").param("id", accountId)
                .query((row, n) -> grant(row)).list();
    }

    /**
     * The grants of these accounts, named, newest first, in a few queries whatever their number; with the acts
     * {@code actor} may do on each (an account's page), or none (the list).
     */
    private Map<Long, List<GrantView>> grantsOf(Collection<Long> accountIds, @Nullable CmqUser actor) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        var today = LocalDate.now(clock);
        record Line(long account, long id, RoleGrant grant, LocalDate startsOn, @Nullable LocalDate endsOn) {
        }
        var lines = jdbc.sql("select user_account_id, id, role, campus_id, academie_code, region_code, organisation_id,"
                        + " starts_on, ends_on from role_assignment where user_account_id = any(:ids)"
                        + " order by starts_on desc, id desc")
                .param("ids", accountIds.toArray(Long[]::new))
                .query((row, n) -> new Line(row.getLong("user_account_id"), row.getLong("id"), grant(row),
                        row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class)))
                .list();
        var names = scopeNames.of(lines.stream().map(Line::grant).toList());
        var views = new HashMap<Long, List<GrantView>>();
        for (var line : lines) {
            boolean held = !line.startsOn().isAfter(today) && (line.endsOn() == null || line.endsOn().isAfter(today));
            views.computeIfAbsent(line.account(), id -> new ArrayList<>()).add(new GrantView(line.id(),
                    line.grant().role(), names.name(line.grant()), line.startsOn(), line.endsOn(), held,
                    actor != null && actor.id() != line.account() && (line.endsOn() == null || line.endsOn().isAfter(today))
                            && reach.mayGrant(actor, line.grant())));
        }
        return views;
    }

    private static RoleGrant grant(ResultSet row) throws SQLException {
        return new RoleGrant(Role.valueOf(row.getString("role")), row.getObject("campus_id", Long.class),
                row.getString("academie_code"), row.getString("region_code"), row.getObject("organisation_id", Long.class));
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        var at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private record RowAndTotal(long total, long id, String email, String displayName, boolean enabled,
            boolean passwordSet, @Nullable Instant lastSignInAt) {
    }
}
