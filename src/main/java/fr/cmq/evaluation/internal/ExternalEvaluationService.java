package fr.cmq.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.evaluation.ExternalEvaluation;
import fr.cmq.evaluation.ExternalEvaluations;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.StoredDocument;

/**
 * The external evaluation's assignments and reading, and the experts' writing: who may do what is checked here, on
 * the evaluation itself (an expert reads only what it is assigned, and only once it declared no conflict of interest);
 * what the experts write goes through {@link ExpertJudgements}.
 */
@Service
@Transactional
@RequiredArgsConstructor
class ExternalEvaluationService implements ExternalEvaluations {

    private static final String AUDITED = SelfAssessmentService.AUDITED;

    private final ExternalEvaluationRepository evaluations;
    private final SelfAssessmentRepository assessments;
    private final ExternalEvaluationRows rows;
    private final ExpertJudgements judgements;
    private final ExpertReviews pool;
    private final Frameworks frameworks;
    private final Guard guard;
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SelfAssessments selfAssessments;

    @Override
    public long assign(CmqUser admin, long campusId, long assessmentId, long expertId) {
        guard.requireNationalAdministration(admin);
        var assessment = assessments.findByIdAndCampusId(assessmentId, campusId)
                .orElseThrow(() -> new NotFoundException("Auto-évaluation " + assessmentId + " introuvable"));
        var expert = pool.experts().stream().filter(e -> e.id() == expertId && e.active()).findFirst()
                .orElseThrow(() -> new InvalidFieldException("expertId", "Un expert actif du vivier"));
        var evaluation = evaluations.findByAssessmentId(assessmentId).orElse(null);
        if (evaluation == null) {
            if (!assessment.submitted()) {
                throw new RuleViolationException("rule.external.not-submitted");
            }
            evaluation = evaluations.saveAndFlush(new ExternalEvaluationEntity(campusId, assessmentId, admin.email(),
                    clock.instant()));
        }
        evaluation.assigned(expertId);
        evaluations.save(evaluation);
        jdbc.sql("insert into external_evaluation_expert (evaluation_id, expert_id, assigned_at, assigned_by)"
                        + " values (:evaluation, :expert, :at, :by) on conflict do nothing")
                .param("evaluation", evaluation.getId()).param("expert", expertId)
                .param("at", Timestamp.from(clock.instant())).param("by", admin.email()).update();
        auditTrail.record("EVALUATION_EXTERNE_EXPERT", AUDITED, campusId, Map.of("expert", expert.name()));
        return evaluation.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExternalEvaluation> ofAssessment(@Nullable CmqUser viewer, long campusId, long assessmentId) {
        return evaluations.findByAssessmentId(assessmentId).filter(e -> e.getCampusId() == campusId)
                .map(e -> rows.read(e.getId(), !e.published() && !guard.administersNationally(viewer)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assignment> assignedTo(CmqUser expert) {
        return pool.expertOf(expert).map(e -> rows.assignedTo(e.id())).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public ExternalEvaluation read(CmqUser reader, long evaluationId) {
        if (guard.administersNationally(reader)) {
            return rows.read(entity(evaluationId).getId(), false);
        }
        var assigned = judgements.assignment(reader, evaluationId);
        guard.refuseUnless(assigned.isPresent(), "Évaluation externe " + evaluationId + " : vous n'y êtes pas désigné");
        return rows.read(evaluationId, !assigned.orElseThrow().declared());
    }

    @Override
    @Transactional(readOnly = true)
    public StoredDocument document(CmqUser reader, long evaluationId, long documentId) {
        var evaluation = read(reader, evaluationId);
        guard.refuseUnless(!evaluation.sealed(), "Évaluation externe " + evaluationId
                + " : lisible après la déclaration d'absence de conflit d'intérêts");
        return selfAssessments.document(evaluation.campusId(), evaluation.assessmentId(), documentId);
    }

    @Override
    public void declareNoConflict(CmqUser expert, long evaluationId, boolean declared) {
        var assigned = judgements.assignment(expert, evaluationId);
        guard.refuseUnless(assigned.isPresent(), "Évaluation externe " + evaluationId + " : vous n'y êtes pas désigné");
        var evaluation = entity(evaluationId);
        if (!declared) {
            throw new InvalidFieldException("noConflict",
                    "Cochez la déclaration d’absence de conflit d’intérêts pour lire l’auto-évaluation");
        }
        jdbc.sql("update external_evaluation_expert set no_conflict_declared_at = :at where evaluation_id = :evaluation"
                        + " and expert_id = :expert and no_conflict_declared_at is null")
                .param("at", Timestamp.from(clock.instant())).param("evaluation", evaluationId)
                .param("expert", assigned.orElseThrow().expertId()).update();
        auditTrail.record("EVALUATION_EXTERNE_DECLARATION", AUDITED, evaluation.getCampusId(),
                Map.of("evaluation", evaluationId));
    }

    @Override
    public ExternalEvaluation.Position position(CmqUser expert, long evaluationId, String referenceCode, long version,
            @Nullable Integer position, @Nullable String comment) {
        var evaluation = judgements.writable(expert, evaluationId);
        judgements.position(expert, evaluation, frameworkOf(evaluation), referenceCode, version, position, comment);
        var written = rows.read(evaluationId, false).position(referenceCode);
        if (written == null) {
            throw new IllegalStateException("position " + referenceCode + " written and not read back");
        }
        return written;
    }

    @Override
    public void judgeDomain(CmqUser expert, long evaluationId, int domain, long version, @Nullable Verdict verdict,
            @Nullable String reasons) {
        var evaluation = judgements.writable(expert, evaluationId);
        judgements.judge(expert, evaluation, frameworkOf(evaluation), domain, version, verdict, reasons);
    }

    @Override
    public void conclude(CmqUser expert, long evaluationId, long version, @Nullable Verdict verdict,
            @Nullable String reasons) {
        var evaluation = current(judgements.writable(expert, evaluationId), version);
        evaluation.conclude(verdict, ExpertJudgements.reasons(reasons), expert.email(), clock.instant());
        evaluations.saveAndFlush(evaluation);
        auditTrail.record("EVALUATION_EXTERNE_AVIS", AUDITED, evaluation.getCampusId(),
                Map.of("avis", verdict == null ? "" : verdict.name()));
    }

    @Override
    public void publish(CmqUser expert, long evaluationId, long version) {
        var evaluation = current(judgements.writable(expert, evaluationId), version);
        var missing = rows.read(evaluationId, false).missing(frameworks.framework(frameworkOf(evaluation)));
        evaluation.publish(missing, expert.email(), clock.instant());
        evaluations.saveAndFlush(evaluation);
        var assessment = assessments.findById(evaluation.getAssessmentId()).orElseThrow();
        assessment.evaluated(expert.email(), clock.instant());
        assessments.saveAndFlush(assessment);
        auditTrail.record("EVALUATION_EXTERNE_PUBLIEE", AUDITED, evaluation.getCampusId(),
                Map.of("evaluation", evaluationId));
    }

    private static ExternalEvaluationEntity current(ExternalEvaluationEntity evaluation, long version) {
        if (evaluation.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ExternalEvaluationEntity.class, evaluation.getId());
        }
        return evaluation;
    }

    private long frameworkOf(ExternalEvaluationEntity evaluation) {
        return assessments.findById(evaluation.getAssessmentId()).orElseThrow().getFrameworkId();
    }

    private ExternalEvaluationEntity entity(long evaluationId) {
        return evaluations.findById(evaluationId)
                .orElseThrow(() -> new NotFoundException("Évaluation externe " + evaluationId + " introuvable"));
    }
}
