package fr.cmq.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.Recommendation;
import fr.cmq.evaluation.Recommendations;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.Rows;
import fr.cmq.steering.ActionRequested;
import fr.cmq.steering.CampusActions;

/**
 * The recommendations a campus draws from its published external evaluation; each asks the action plan for an action
 * (after this commit, once). Callers check that the user keeps the campus.
 */
@Service
@Transactional
@RequiredArgsConstructor
class RecommendationService implements Recommendations {

    private final ExternalEvaluationRepository evaluations;
    private final SelfAssessmentRepository assessments;
    private final Frameworks frameworks;
    private final CampusActions actions;
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    public long recommend(CmqUser actor, long campusId, long evaluationId, String referenceCode,
            @Nullable String text, @Nullable String ownerName, @Nullable LocalDate dueOn) {
        var evaluation = evaluations.findById(evaluationId).filter(e -> e.getCampusId() == campusId)
                .orElseThrow(() -> new NotFoundException("Évaluation externe " + evaluationId + " introuvable"));
        if (!evaluation.published()) {
            throw new RuleViolationException("rule.recommendation.unpublished");
        }
        var assessment = assessments.findById(evaluation.getAssessmentId()).orElseThrow();
        var reference = frameworks.framework(assessment.getFrameworkId()).reference(referenceCode)
                .orElseThrow(() -> new NotFoundException("Référence " + referenceCode + " absente de ce référentiel"));
        String said = required(text, "text", "Écrivez la recommandation", 300);
        String owner = required(ownerName, "ownerName", "Nommez qui la porte", 200);
        var today = LocalDate.now(clock);
        if (dueOn == null || dueOn.isBefore(today) || dueOn.getYear() > 2100) {
            throw new InvalidFieldException("dueOn", "Une échéance à venir");
        }
        long id = jdbc.sql("""
                        insert into evaluation_recommendation (evaluation_id, campus_id, reference_code, text,
                                                               owner_name, due_on, created_at, created_by)
                        values (:evaluation, :campus, :code, :text, :owner, :due, :at, :by) returning id""")
                .param("evaluation", evaluationId).param("campus", campusId).param("code", referenceCode)
                .param("text", said).param("owner", owner).param("due", dueOn)
                .param("at", java.sql.Timestamp.from(clock.instant())).param("by", actor.email())
                .query(Long.class).single();
        auditTrail.record("RECOMMANDATION", SelfAssessmentService.AUDITED, campusId,
                Map.of("reference", referenceCode, "recommandation", said));
        events.publishEvent(new ActionRequested(campusId, Recommendation.origin(id),
                "/campus/" + campusId + "/auto-evaluation/" + assessment.getId() + "/comparaison#recommandation-" + id,
                said, reference.code() + " " + reference.title() + " — " + said, owner, dueOn, actor.email()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recommendation> of(long campusId, long evaluationId) {
        var written = actions.actionsByOrigin(campusId);
        return jdbc.sql("""
                        select id, evaluation_id, reference_code, text, owner_name, due_on, created_at, created_by
                        from evaluation_recommendation where evaluation_id = :evaluation and campus_id = :campus
                        order by id""")
                .param("evaluation", evaluationId).param("campus", campusId)
                .query((rs, n) -> new Recommendation(rs.getLong("id"), rs.getLong("evaluation_id"),
                        rs.getString("reference_code"), rs.getString("text"), rs.getString("owner_name"),
                        rs.getObject("due_on", LocalDate.class), Rows.instant(rs, "created_at"),
                        rs.getString("created_by"), written.get(Recommendation.origin(rs.getLong("id")))))
                .list();
    }

    private static String required(@Nullable String value, String field, String missing, int max) {
        String text = PlainText.optional(value, field, max);
        if (text == null) {
            throw new InvalidFieldException(field, missing);
        }
        return text;
    }
}
