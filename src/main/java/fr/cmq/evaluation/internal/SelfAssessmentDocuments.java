package fr.cmq.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.SelfAssessment;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/** The documents a self-evaluation's team gives as evidence, référence by référence, kept in the document store. */
@Component
@RequiredArgsConstructor
class SelfAssessmentDocuments {

    private final SelfAssessmentRepository assessments;
    private final Frameworks frameworks;
    private final Documents store;
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;

    SelfAssessment.Document attach(CmqUser actor, long campusId, long assessmentId, String referenceCode,
            @Nullable Upload document) {
        underWay(campusId, assessmentId, referenceCode);
        if (document == null) {
            throw new InvalidFieldException("file", "Choisissez un fichier.");
        }
        int given = jdbc.sql("select count(*) from self_assessment_document where assessment_id = :assessment"
                        + " and reference_code = :code")
                .param("assessment", assessmentId).param("code", referenceCode).query(Integer.class).single();
        if (given >= SelfAssessments.DOCUMENTS_PER_REFERENCE) {
            throw new RuleViolationException("rule.selfassessment.documents", SelfAssessments.DOCUMENTS_PER_REFERENCE);
        }
        var stored = store.add(document.filename(), document.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email());
        jdbc.sql("insert into self_assessment_document (assessment_id, reference_code, document_id, attached_at,"
                        + " attached_by) values (:assessment, :code, :document, :at, :by)")
                .param("assessment", assessmentId).param("code", referenceCode).param("document", stored.id())
                .param("at", Timestamp.from(clock.instant())).param("by", actor.email()).update();
        auditTrail.record("AUTOEVALUATION_PREUVE_AJOUTEE", SelfAssessmentService.AUDITED, campusId,
                Map.of("reference", referenceCode, "fichier", stored.filename(), "sha256", stored.sha256()));
        return new SelfAssessment.Document(stored.id(), stored.filename());
    }

    void detach(long campusId, long assessmentId, String referenceCode, long documentId) {
        underWay(campusId, assessmentId, referenceCode);
        int removed = jdbc.sql("delete from self_assessment_document where assessment_id = :assessment"
                        + " and reference_code = :code and document_id = :document")
                .param("assessment", assessmentId).param("code", referenceCode).param("document", documentId).update();
        if (removed == 0) {
            throw new NotFoundException("Pas de document " + documentId + " à la référence " + referenceCode);
        }
        auditTrail.record("AUTOEVALUATION_PREUVE_RETIREE", SelfAssessmentService.AUDITED, campusId,
                Map.of("reference", referenceCode, "document", String.valueOf(documentId)));
    }

    StoredDocument document(long campusId, long assessmentId, long documentId) {
        boolean given = jdbc.sql("select exists (select 1 from self_assessment_document d join self_assessment s"
                        + " on s.id = d.assessment_id where s.campus_id = :campus and s.id = :assessment"
                        + " and d.document_id = :document)")
                .param("campus", campusId).param("assessment", assessmentId).param("document", documentId)
                .query(Boolean.class).single();
        return (given ? store.find(documentId) : java.util.Optional.<StoredDocument>empty())
                .orElseThrow(() -> new NotFoundException("Pas de document " + documentId + " à cette auto-évaluation"));
    }

    private void underWay(long campusId, long assessmentId, String referenceCode) {
        var assessment = assessments.findByIdAndCampusId(assessmentId, campusId)
                .orElseThrow(() -> new NotFoundException("Auto-évaluation " + assessmentId + " introuvable"));
        if (!assessment.underWay()) {
            throw new RuleViolationException("rule.selfassessment.not-open");
        }
        if (frameworks.framework(assessment.getFrameworkId()).reference(referenceCode).isEmpty()) {
            throw new NotFoundException("Référence " + referenceCode + " absente de ce référentiel");
        }
    }
}
