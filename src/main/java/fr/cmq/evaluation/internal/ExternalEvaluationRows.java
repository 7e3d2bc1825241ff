package fr.cmq.evaluation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.evaluation.ExternalEvaluation;
import fr.cmq.evaluation.ExternalEvaluation.AssignedExpert;
import fr.cmq.evaluation.ExternalEvaluation.DomainVerdict;
import fr.cmq.evaluation.ExternalEvaluation.Position;
import fr.cmq.evaluation.ExternalEvaluationState;
import fr.cmq.evaluation.ExternalEvaluations.Assignment;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.db.Rows;

/** An external evaluation with its experts, positions and domain verdicts, in a fixed number of queries. */
@Component
@RequiredArgsConstructor
class ExternalEvaluationRows {

    private final JdbcClient jdbc;
    private final ExpertReviews pool;

    /** The evaluation; {@code sealed}: its experts and state only, for a reader not allowed the rest yet. */
    ExternalEvaluation read(long evaluationId, boolean sealed) {
        var byId = pool.experts().stream().collect(Collectors.toMap(ExpertReviews.Expert::id, Function.identity()));
        var experts = jdbc.sql("select expert_id, no_conflict_declared_at from external_evaluation_expert"
                        + " where evaluation_id = :id order by assigned_at, expert_id")
                .param("id", evaluationId)
                .query((rs, n) -> {
                    var expert = byId.get(rs.getLong("expert_id"));
                    return new AssignedExpert(expert.id(), expert.name(), expert.college(),
                            Rows.instant(rs, "no_conflict_declared_at"));
                })
                .list();
        var positions = new LinkedHashMap<String, Position>();
        var domains = new LinkedHashMap<Integer, DomainVerdict>();
        if (!sealed) {
            jdbc.sql("select reference_code, position, comment, version, updated_at, updated_by"
                            + " from external_evaluation_answer where evaluation_id = :id")
                    .param("id", evaluationId)
                    .query((RowCallbackHandler) rs -> positions.put(rs.getString("reference_code"),
                            new Position(rs.getString("reference_code"), rs.getInt("position"),
                                    rs.getString("comment"), rs.getLong("version"), Rows.instant(rs, "updated_at"),
                                    rs.getString("updated_by"))));
            jdbc.sql("select domain, verdict, reasons, version, updated_at, updated_by"
                            + " from external_evaluation_domain where evaluation_id = :id order by domain")
                    .param("id", evaluationId)
                    .query((RowCallbackHandler) rs -> domains.put(rs.getInt("domain"),
                            new DomainVerdict(rs.getInt("domain"), Verdict.valueOf(rs.getString("verdict")),
                                    rs.getString("reasons"), rs.getLong("version"), Rows.instant(rs, "updated_at"),
                                    rs.getString("updated_by"))));
        }
        return jdbc.sql("select id, campus_id, assessment_id, state, verdict, reasons, opened_at, published_at, version"
                        + " from external_evaluation where id = :id")
                .param("id", evaluationId)
                .query((rs, n) -> new ExternalEvaluation(rs.getLong("id"), rs.getLong("campus_id"),
                        rs.getLong("assessment_id"), ExternalEvaluationState.valueOf(rs.getString("state")), experts,
                        Map.copyOf(positions), Map.copyOf(domains),
                        sealed || rs.getString("verdict") == null ? null : Verdict.valueOf(rs.getString("verdict")),
                        sealed ? null : rs.getString("reasons"), Rows.instant(rs, "opened_at"),
                        Rows.instant(rs, "published_at"), rs.getLong("version"), sealed))
                .single();
    }

    /** The evaluations this expert of the pool is assigned, the newest first. */
    List<Assignment> assignedTo(long expertId) {
        return jdbc.sql("""
                        select e.id, e.campus_id, c.name, e.assessment_id, e.state,
                               x.no_conflict_declared_at is not null as declared
                        from external_evaluation_expert x
                        join external_evaluation e on e.id = x.evaluation_id
                        join campus c on c.id = e.campus_id
                        where x.expert_id = :expert
                        order by e.opened_at desc, e.id desc""")
                .param("expert", expertId)
                .query((rs, n) -> new Assignment(rs.getLong("id"), rs.getLong("campus_id"), rs.getString("name"),
                        rs.getLong("assessment_id"), ExternalEvaluationState.valueOf(rs.getString("state")),
                        rs.getBoolean("declared")))
                .list();
    }
}
