package fr.cmq.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import fr.cmq.evaluation.ExternalEvaluation;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;

/**
 * What the experts of an external evaluation write besides its overall verdict: a position per référence and a
 * verdict per domain, each versioned so that two experts writing the same one meet a conflict; and who of them may.
 */
@Component
@RequiredArgsConstructor
class ExpertJudgements {

    private static final int MAX_TEXT = 4000;

    private final ExternalEvaluationRepository evaluations;
    private final Frameworks frameworks;
    private final ExpertReviews pool;
    private final Guard guard;
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;

    /** An expert's place in an evaluation. */
    record Assigned(long expertId, boolean declared) {
    }

    Optional<Assigned> assignment(@Nullable CmqUser user, long evaluationId) {
        return pool.expertOf(user).flatMap(expert -> jdbc.sql("select no_conflict_declared_at is not null"
                        + " from external_evaluation_expert where evaluation_id = :evaluation and expert_id = :expert")
                .param("evaluation", evaluationId).param("expert", expert.id()).query(Boolean.class).optional()
                .map(declared -> new Assigned(expert.id(), declared)));
    }

    /**
     * The evaluation, for an expert assigned to it that declared no conflict of interest, while it is written; anyone
     * else is refused before it is even looked for.
     */
    ExternalEvaluationEntity writable(CmqUser expert, long evaluationId) {
        var assigned = assignment(expert, evaluationId);
        guard.refuseUnless(assigned.map(Assigned::declared).orElse(false),
                "Évaluation externe " + evaluationId + " : réservée aux experts désignés, après leur déclaration");
        var evaluation = evaluations.findById(evaluationId).orElseThrow();
        evaluation.checkUnderWay();
        return evaluation;
    }

    void position(CmqUser expert, ExternalEvaluationEntity evaluation, long frameworkId, String referenceCode,
            long version, @Nullable Integer position, @Nullable String comment) {
        var framework = frameworks.framework(frameworkId);
        if (framework.reference(referenceCode).isEmpty()) {
            throw new NotFoundException("Référence " + referenceCode + " absente de ce référentiel");
        }
        if (position == null || position < 1 || position > 4) {
            throw new InvalidFieldException("position", "Une position de 1 à 4");
        }
        String said = PlainText.optional(comment, "comment", MAX_TEXT);
        int written = version == 0
                ? jdbc.sql("""
                        insert into external_evaluation_answer (evaluation_id, reference_code, position, comment,
                                                                updated_at, updated_by)
                        values (:evaluation, :code, :position, :comment, :now, :by) on conflict do nothing""")
                .param("evaluation", evaluation.getId()).param("code", referenceCode).param("position", position)
                .param("comment", said).param("now", now()).param("by", expert.email()).update()
                : jdbc.sql("""
                        update external_evaluation_answer set position = :position, comment = :comment,
                               updated_at = :now, updated_by = :by, version = version + 1
                        where evaluation_id = :evaluation and reference_code = :code and version = :version""")
                .param("evaluation", evaluation.getId()).param("code", referenceCode).param("position", position)
                .param("comment", said).param("now", now()).param("by", expert.email()).param("version", version)
                .update();
        if (written == 0) {
            throw new ObjectOptimisticLockingFailureException(ExternalEvaluation.Position.class, referenceCode);
        }
        auditTrail.record("EVALUATION_EXTERNE_POSITION", SelfAssessmentService.AUDITED, evaluation.getCampusId(),
                Map.of("reference", referenceCode, "position", position.toString()));
    }

    void judge(CmqUser expert, ExternalEvaluationEntity evaluation, long frameworkId, int domain, long version,
            @Nullable Verdict verdict, @Nullable String reasons) {
        boolean known = frameworks.framework(frameworkId).domains().stream().anyMatch(d -> d.number() == domain);
        if (!known) {
            throw new NotFoundException("Domaine " + domain + " absent de ce référentiel");
        }
        if (verdict == null) {
            throw new InvalidFieldException("verdict", "Choisissez un avis : favorable, réservé ou défavorable");
        }
        String why = reasons(reasons);
        int written = version == 0
                ? jdbc.sql("""
                        insert into external_evaluation_domain (evaluation_id, domain, verdict, reasons, updated_at,
                                                                updated_by)
                        values (:evaluation, :domain, :verdict, :reasons, :now, :by) on conflict do nothing""")
                .param("evaluation", evaluation.getId()).param("domain", domain).param("verdict", verdict.name())
                .param("reasons", why).param("now", now()).param("by", expert.email()).update()
                : jdbc.sql("""
                        update external_evaluation_domain set verdict = :verdict, reasons = :reasons,
                               updated_at = :now, updated_by = :by, version = version + 1
                        where evaluation_id = :evaluation and domain = :domain and version = :version""")
                .param("evaluation", evaluation.getId()).param("domain", domain).param("verdict", verdict.name())
                .param("reasons", why).param("now", now()).param("by", expert.email()).param("version", version)
                .update();
        if (written == 0) {
            throw new ObjectOptimisticLockingFailureException(ExternalEvaluation.DomainVerdict.class, domain);
        }
        auditTrail.record("EVALUATION_EXTERNE_DOMAINE", SelfAssessmentService.AUDITED, evaluation.getCampusId(),
                Map.of("domaine", domain, "avis", verdict.name()));
    }

    /** The reasons of a verdict: required, 4,000 characters at most. */
    static String reasons(@Nullable String reasons) {
        String why = PlainText.optional(reasons, "reasons", MAX_TEXT);
        if (why == null) {
            throw new InvalidFieldException("reasons", "Donnez les motifs de l’avis");
        }
        return why;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
