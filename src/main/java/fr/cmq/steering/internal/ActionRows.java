package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.Member;
import fr.cmq.steering.Action;
import fr.cmq.steering.ActionNote;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.IndicatorRef;
import fr.cmq.steering.MemberRef;

/** Reads actions of a campus with their members, indicators and notes: three queries for any number of actions. */
@Component
@RequiredArgsConstructor
class ActionRows {

    private static final String SELECT = "select a.id, a.campus_id, a.objective_id, o.title as objective_title,"
            + " a.title, a.description, a.pilot_name, a.pilot_member_id, a.starts_on, a.ends_on, a.status,"
            + " a.abandon_reason, a.budget, a.expected_results, a.version, a.updated_at, a.updated_by,"
            + " a.origin_path"
            + " from campus_action a left join strategic_objective o on o.id = a.objective_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    /** The campus's actions matching {@code where} (on {@code a}, the action), in {@code order}. */
    List<Action> read(CampusDetails campus, String where, String order, Map<String, ?> params) {
        var rows = jdbc.sql(SELECT + " where a.campus_id = :campus and (" + where + ") order by " + order)
                .params(params).param("campus", campus.id()).query((rs, n) -> row(rs)).list();
        return complete(campus, rows);
    }

    long count(long campusId, String where, Map<String, ?> params) {
        return jdbc.sql("select count(*) from campus_action a where a.campus_id = :campus and (" + where + ")")
                .params(params).param("campus", campusId).query(Long.class).single();
    }

    private record ActionRow(long id, long campusId, @Nullable Long objectiveId, @Nullable String objectiveTitle,
            String title, @Nullable String description, String pilotName, @Nullable Long pilotMemberId,
            LocalDate startsOn, LocalDate endsOn, ActionStatus status, @Nullable String abandonReason,
            @Nullable BigDecimal budget, @Nullable String expectedResults, long version, Instant updatedAt,
            @Nullable String updatedBy, @Nullable String originPath) {
    }

    private static ActionRow row(ResultSet rs) throws SQLException {
        return new ActionRow(rs.getLong("id"), rs.getLong("campus_id"), rs.getObject("objective_id", Long.class),
                rs.getString("objective_title"), rs.getString("title"), rs.getString("description"),
                rs.getString("pilot_name"), rs.getObject("pilot_member_id", Long.class),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")), rs.getString("abandon_reason"), rs.getBigDecimal("budget"),
                rs.getString("expected_results"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"), rs.getString("origin_path"));
    }

    /** The rows with their members, indicators and notes, read for all of them at once. */
    private List<Action> complete(CampusDetails campus, List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(ActionRow::id).toList();
        var names = campus.members().stream().collect(Collectors.toMap(Member::id, Member::name));
        var involved = new HashMap<Long, List<MemberRef>>();
        jdbc.sql("select action_id, member_id from campus_action_member where action_id in (:ids)"
                        + " order by action_id, member_id")
                .param("ids", ids)
                .query((rs, n) -> involved.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>())
                        .add(new MemberRef(rs.getLong("member_id"), names.getOrDefault(rs.getLong("member_id"), "—"))))
                .list();
        var indicators = new HashMap<Long, List<IndicatorRef>>();
        jdbc.sql("select t.action_id, t.code, i.label from campus_action_indicator t join indicator i on i.code = t.code"
                        + " where t.action_id in (:ids) order by t.action_id, i.position, t.code")
                .param("ids", ids)
                .query((rs, n) -> indicators.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>())
                        .add(new IndicatorRef(rs.getString("code"), rs.getString("label"))))
                .list();
        var notes = new HashMap<Long, List<ActionNote>>();
        jdbc.sql("select id, action_id, noted_on, text, author from action_note where action_id in (:ids)"
                        + " order by noted_on desc, id desc")
                .param("ids", ids)
                .query((rs, n) -> notes.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>())
                        .add(new ActionNote(rs.getLong("id"), rs.getObject("noted_on", LocalDate.class),
                                rs.getString("text"), rs.getString("author"))))
                .list();
        var today = LocalDate.now(clock);
        return rows.stream().map(row -> new Action(row.id(), row.campusId(), row.objectiveId(), row.objectiveTitle(),
                row.title(), row.description(), row.pilotName(), row.pilotMemberId(),
                row.pilotMemberId() == null ? null : names.get(row.pilotMemberId()),
                involved.getOrDefault(row.id(), List.of()), row.startsOn(), row.endsOn(), row.status(),
                row.abandonReason(), row.budget(), row.expectedResults(), indicators.getOrDefault(row.id(), List.of()),
                notes.getOrDefault(row.id(), List.of()),
                row.status().open() && row.endsOn().isBefore(today), row.version(), row.updatedAt(), row.updatedBy(),
                row.originPath()))
                .toList();
    }
}
