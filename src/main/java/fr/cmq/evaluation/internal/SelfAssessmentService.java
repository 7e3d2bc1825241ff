package fr.cmq.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.evaluation.FactKind;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.SelfAssessment;
import fr.cmq.evaluation.SelfAssessmentTransition;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/**
 * A campus's self-evaluation: opened on the latest référentiel, answered référence by référence (each answer versioned,
 * so that two people answering the same one meet a conflict rather than overwrite each other), submitted whole.
 */
@Service
@Transactional
@RequiredArgsConstructor
class SelfAssessmentService implements SelfAssessments {

    static final String AUDITED = "campus";
    private static final int MAX_COMMENT = 4000;

    private final SelfAssessmentRepository assessments;
    private final SelfAssessmentRows rows;
    private final Frameworks frameworks;
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SelfAssessmentDocuments documents;

    @Override
    public long open(CmqUser actor, long campusId, long frameworkId) {
        var framework = frameworks.framework(frameworkId);
        boolean underWay = jdbc.sql("select exists (select 1 from self_assessment where campus_id = :campus"
                        + " and state <> 'EVALUEE')")
                .param("campus", campusId).query(Boolean.class).single();
        if (underWay) {
            throw new RuleViolationException("rule.selfassessment.under-way");
        }
        SelfAssessmentEntity entity;
        try {
            entity = assessments.saveAndFlush(new SelfAssessmentEntity(campusId, framework.id(), actor.email(),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // opened by someone else since the check above: the index of one under way per campus said no
            throw new RuleViolationException("rule.selfassessment.under-way");
        }
        entity.opened();
        assessments.save(entity);
        auditTrail.record("AUTOEVALUATION_OUVERTE", AUDITED, campusId, Map.of("referentiel", framework.version()));
        return entity.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SelfAssessment> ofCampus(long campusId) {
        return rows.of(campusId, null);
    }

    @Override
    @Transactional(readOnly = true)
    public SelfAssessment read(long campusId, long assessmentId) {
        return rows.of(campusId, assessmentId).stream().findFirst().orElseThrow(() -> notFound(assessmentId));
    }

    @Override
    public SelfAssessment.Answer answer(CmqUser actor, long campusId, long assessmentId, String referenceCode,
            long version, @Nullable Integer position, @Nullable String comment, List<FactKind> facts) {
        var entity = assessments.findByIdAndCampusId(assessmentId, campusId).orElseThrow(() -> notFound(assessmentId));
        if (!entity.underWay()) {
            throw new RuleViolationException("rule.selfassessment.not-open");
        }
        boolean known = jdbc.sql("select exists (select 1 from framework_reference where framework_id = :framework"
                        + " and code = :code)")
                .param("framework", entity.getFrameworkId()).param("code", referenceCode).query(Boolean.class).single();
        if (!known) {
            throw new NotFoundException("Référence " + referenceCode + " absente de ce référentiel");
        }
        if (position != null && (position < 1 || position > 4)) {
            throw new InvalidFieldException("position", "Une position de 1 à 4");
        }
        String said = PlainText.optional(comment, "comment", MAX_COMMENT);
        var now = Timestamp.from(clock.instant());
        String[] kinds = facts.stream().distinct().map(Enum::name).toArray(String[]::new);
        int written = version == 0
                ? jdbc.sql("""
                        insert into self_assessment_answer (assessment_id, reference_code, position, comment, facts,
                                                            updated_at, updated_by, version)
                        values (:assessment, :code, :position, :comment, :facts, :now, :by, 1)
                        on conflict do nothing""")
                .param("assessment", assessmentId).param("code", referenceCode)
                .param("position", position, java.sql.Types.SMALLINT).param("comment", said).param("facts", kinds)
                .param("now", now).param("by", actor.email()).update()
                : jdbc.sql("""
                        update self_assessment_answer set position = :position, comment = :comment, facts = :facts,
                               updated_at = :now, updated_by = :by, version = version + 1
                        where assessment_id = :assessment and reference_code = :code and version = :version""")
                .param("assessment", assessmentId).param("code", referenceCode)
                .param("position", position, java.sql.Types.SMALLINT).param("comment", said).param("facts", kinds)
                .param("now", now).param("by", actor.email()).param("version", version).update();
        if (written == 0) {
            throw new ObjectOptimisticLockingFailureException(SelfAssessment.Answer.class, referenceCode);
        }
        auditTrail.record("AUTOEVALUATION_REPONSE", AUDITED, campusId, Map.of("reference", referenceCode,
                "position", position == null ? "" : position.toString()));
        var answer = read(campusId, assessmentId).answer(referenceCode);
        if (answer == null) {
            throw new IllegalStateException("answer " + referenceCode + " written and not read back");
        }
        return answer;
    }

    @Override
    public SelfAssessment.Document attach(CmqUser actor, long campusId, long assessmentId, String referenceCode,
            @Nullable Upload document) {
        return documents.attach(actor, campusId, assessmentId, referenceCode, document);
    }

    @Override
    public void detach(CmqUser actor, long campusId, long assessmentId, String referenceCode, long documentId) {
        documents.detach(campusId, assessmentId, referenceCode, documentId);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredDocument document(long campusId, long assessmentId, long documentId) {
        return documents.document(campusId, assessmentId, documentId);
    }

    @Override
    public void fire(CmqUser actor, long campusId, long assessmentId, SelfAssessmentTransition transition,
            long version) {
        var entity = assessments.findByIdAndCampusId(assessmentId, campusId).orElseThrow(() -> notFound(assessmentId));
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(SelfAssessmentEntity.class, assessmentId);
        }
        int unanswered = jdbc.sql("""
                        select (select count(*) from framework_reference where framework_id = :framework)
                             - (select count(*) from self_assessment_answer
                                where assessment_id = :assessment and position is not null)""")
                .param("framework", entity.getFrameworkId()).param("assessment", assessmentId)
                .query(Integer.class).single();
        switch (transition) {
            case SUBMIT -> entity.submit(unanswered, actor.email(), clock.instant());
        }
        assessments.saveAndFlush(entity);
        auditTrail.record("AUTOEVALUATION_SOUMISE", AUDITED, campusId, Map.of("autoevaluation", assessmentId));
    }

    private static NotFoundException notFound(long assessmentId) {
        return new NotFoundException("Auto-évaluation " + assessmentId + " introuvable dans ce campus");
    }
}
