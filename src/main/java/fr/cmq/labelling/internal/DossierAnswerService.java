package fr.cmq.labelling.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.DossierAnswers;
import fr.cmq.labelling.Fact;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.Upload;

/** The campus team writes its dossier's answers and pieces; each write moves the dossier's version. */
@Service
@Transactional
@RequiredArgsConstructor
class DossierAnswerService implements DossierAnswers {

    private static final String AUDITED = "dossier";
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_PIECES = 10;

    private final DossierRepository dossiers;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final Documents documents;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public long answer(CmqUser actor, long dossierId, long version, String criterionCode, @Nullable String text,
            List<Fact> facts) {
        String answer = PlainText.optional(text, "text", MAX_TEXT);
        var dossier = answering(actor, dossierId, version, criterionCode);
        jdbc.sql("insert into dossier_answer (dossier_id, criterion_code, text, facts, updated_by)"
                        + " values (:dossier, :code, :text, :facts, :by) on conflict (dossier_id, criterion_code)"
                        + " do update set text = excluded.text, facts = excluded.facts, updated_by = excluded.updated_by,"
                        + " updated_at = now()")
                .param("dossier", dossierId).param("code", criterionCode).param("text", answer)
                .param("facts", new LinkedHashSet<>(facts).stream().map(Fact::name).toArray(String[]::new))
                .param("by", actor.email()).update();
        return dossier.getVersion();
    }

    @Override
    public long attach(CmqUser actor, long dossierId, long version, String criterionCode, @Nullable Upload piece) {
        var dossier = answering(actor, dossierId, version, criterionCode);
        if (piece == null) {
            throw new InvalidFieldException("file", "Choisissez un fichier.");
        }
        int attached = jdbc.sql("select count(*) from dossier_attachment where dossier_id = :dossier"
                        + " and criterion_code = :code")
                .param("dossier", dossierId).param("code", criterionCode).query(Integer.class).single();
        if (attached >= MAX_PIECES) {
            throw new RuleViolationException("rule.dossier.pieces", MAX_PIECES);
        }
        var document = documents.add(piece.filename(), piece.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email());
        jdbc.sql("insert into dossier_answer (dossier_id, criterion_code, updated_by) values (:dossier, :code, :by)"
                        + " on conflict (dossier_id, criterion_code) do update set updated_by = excluded.updated_by,"
                        + " updated_at = now()")
                .param("dossier", dossierId).param("code", criterionCode).param("by", actor.email()).update();
        jdbc.sql("insert into dossier_attachment (dossier_id, criterion_code, document_id) values (:dossier, :code, :doc)")
                .param("dossier", dossierId).param("code", criterionCode).param("doc", document.id()).update();
        auditTrail.record("PIECE_DOSSIER_AJOUTEE", AUDITED, dossierId, Map.of("critere", criterionCode,
                "fichier", document.filename(), "sha256", document.sha256()));
        return dossier.getVersion();
    }

    @Override
    public long detach(CmqUser actor, long dossierId, long version, String criterionCode, long documentId) {
        var dossier = answering(actor, dossierId, version, criterionCode);
        int removed = jdbc.sql("delete from dossier_attachment where dossier_id = :dossier and criterion_code = :code"
                        + " and document_id = :doc")
                .param("dossier", dossierId).param("code", criterionCode).param("doc", documentId).update();
        if (removed == 0) {
            throw new NotFoundException("Pas de pièce " + documentId + " au critère " + criterionCode);
        }
        auditTrail.record("PIECE_DOSSIER_RETIREE", AUDITED, dossierId, Map.of("critere", criterionCode,
                "document", String.valueOf(documentId)));
        return dossier.getVersion();
    }

    /**
     * The dossier whose answer to {@code criterionCode} the actor changes, touched so that the version moves: its
     * campus team only, at the version the actor saw, a criterion of its grid, while it may still be written.
     */
    private DossierEntity answering(CmqUser actor, long dossierId, long version, String criterionCode) {
        var dossier = dossiers.findById(dossierId)
                .orElseThrow(() -> new NotFoundException("Dossier " + dossierId + " introuvable"));
        guard.require(actor, dossier.getCampusId(), CampusAction.EDIT);
        if (dossier.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DossierEntity.class, dossierId);
        }
        boolean known = jdbc.sql("select exists (select 1 from grid_criterion g join campaign c on c.grid_id = g.grid_id"
                        + " where c.id = :campaign and g.code = :code)")
                .param("campaign", dossier.getCampaignId()).param("code", criterionCode).query(Boolean.class).single();
        if (!known) {
            throw new InvalidFieldException("criterion", "Ce critère n’est pas dans la grille de la campagne");
        }
        dossier.answered(actor.email(), clock.instant());
        dossiers.saveAndFlush(dossier);
        return dossier;
    }
}
