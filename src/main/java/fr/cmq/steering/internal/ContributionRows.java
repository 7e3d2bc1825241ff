package fr.cmq.steering.internal;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.steering.Contribution;
import fr.cmq.steering.ContributionKind;

/** Reads the contributions to a campus's budget of a year, in one query. */
@Component
@RequiredArgsConstructor
class ContributionRows {

    private final JdbcClient jdbc;

    /** Those of these members, or of all ({@code memberIds} null); each named from {@code names}. */
    List<Contribution> of(long campusId, int year, @Nullable List<Long> memberIds, Map<Long, String> names) {
        String where = memberIds == null ? "" : " and member_id in (:members)";
        var statement = jdbc.sql("select id, member_id, kind, amount, hours, description, planned, declared_by,"
                        + " declared_at from contribution where campus_id = :campus and year = :year" + where
                        + " order by declared_at, id")
                .param("campus", campusId).param("year", year);
        if (memberIds != null) {
            statement = statement.param("members", memberIds);
        }
        return statement.query((rs, n) -> new Contribution(rs.getLong("id"), rs.getLong("member_id"),
                        names.getOrDefault(rs.getLong("member_id"), "Membre " + rs.getLong("member_id")),
                        ContributionKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"),
                        rs.getBigDecimal("hours"), rs.getString("description"), rs.getBoolean("planned"),
                        rs.getString("declared_by"), rs.getTimestamp("declared_at").toInstant()))
                .list();
    }
}
