package fr.cmq.labelling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.Answer;
import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.Dossier;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.DossierSummary;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.labelling.Review;
import fr.cmq.labelling.Transition;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.signing.SignatureBook;

/**
 * A dossier as its reader may see it, in one read-only transaction and a fixed number of queries: the campus's team
 * and pilots read it whole, an assigned expert once it declared no conflict of interest (the criteria alone before).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DossierReading implements LabelDossiers {

    private final DossierRepository dossiers;
    private final DossierParts parts;
    private final TransitionRules rules;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final Documents documents;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignatureBook signatures;

    @Override
    public List<Campaign> campaigns() {
        var today = LocalDate.now(clock);
        return jdbc.sql(DossierSql.CAMPAIGNS).query((rs, n) -> DossierSql.campaign(rs, "id", today)).list();
    }

    @Override
    public Dossier dossier(CmqUser viewer, long dossierId) {
        var entity = entity(dossierId);
        var campus = campuses.get(entity.getCampusId());
        var assignment = assignedExpert(viewer, dossierId);
        boolean expert = assignment.isPresent();
        guard.require(viewer, campus.scope(), expert, CampusAction.READ_PRIVATE);
        boolean reader = guard.may(viewer, CampusAction.READ_PRIVATE, campus.scope());
        var today = LocalDate.now(clock);
        var row = jdbc.sql(DossierRow.QUERY).param("id", dossierId).query((rs, n) -> new DossierRow(rs, today)).single();
        // an expert reads the dossier once it has declared no conflict of interest with the campus: until then, the
        // criteria only, and the page says why the rest is hidden
        boolean mayReadAnswers = reader || assignment.map(Assignment::declared).orElse(false);
        boolean sealed = !mayReadAnswers;
        var answers = parts.answers(dossierId, row.gridId(), mayReadAnswers);
        var decided = entity.getState() == DossierState.DECIDE;
        var reviews = guard.administersNationally(viewer) || decided ? parts.reviews(dossierId, null)
                : expert ? parts.reviews(dossierId, viewer.email()) : List.<Review>of();
        var allowed = rules.allowed(viewer, entity.getState(), campus.scope(), TransitionRules.Signatures.of(entity))
                .stream().map(Transition::apiName).toList();
        return new Dossier(dossierId, new DossierSummary.CampusRef(campus.id(), campus.name()), row.campaign(),
                entity.getKind(), entity.getState(), sealed ? null : parts.previousLabel(entity, campus), answers,
                (int) answers.stream().filter(Answer::complete).count(), row.deadline(),
                sealed ? null : row.signedBy(), sealed ? null : row.academieCosignedBy(),
                sealed ? null : row.regionCosignedBy(),
                sealed ? List.of() : signatures.of("dossier", campus.id(), dossierId), sealed ? null : row.sentBackReason(),
                sealed ? null : row.withdrawnReason(), sealed ? List.of() : parts.opinions(dossierId), reviews,
                expert ? parts.reviews(dossierId, viewer.email()).stream().findFirst().orElse(null) : null,
                sealed ? null : row.decision(), sealed ? List.of() : parts.timeline(dossierId),
                reader ? parts.notifications(dossierId) : List.of(), allowed,
                entity.getVersion(), row.updatedAt(), sealed);
    }

    @Override
    public StoredDocument piece(CmqUser viewer, long dossierId, long documentId) {
        var dossier = entity(dossierId);
        var campus = campuses.scope(dossier.getCampusId())
                .orElseThrow(() -> new NotFoundException("Campus " + dossier.getCampusId() + " introuvable"));
        guard.require(viewer, campus, assignedExpert(viewer, dossierId).map(Assignment::declared).orElse(false),
                CampusAction.READ_PRIVATE);
        boolean attached = jdbc.sql("select exists (select 1 from dossier_attachment where dossier_id = :dossier"
                        + " and document_id = :doc)")
                .param("dossier", dossierId).param("doc", documentId).query(Boolean.class).single();
        return (attached ? documents.find(documentId) : Optional.<StoredDocument>empty())
                .orElseThrow(() -> new NotFoundException("Pas de pièce " + documentId + " au dossier " + dossierId));
    }

    @Override
    public boolean mayAnswer(CmqUser user, long dossierId) {
        return dossiers.findById(dossierId).filter(d -> d.getState().editable())
                .map(d -> guard.may(user, CampusAction.EDIT, d.getCampusId())).orElse(false);
    }

    @Override
    public Dossier answerable(CmqUser user, long dossierId) {
        var dossier = entity(dossierId);
        guard.require(user, dossier.getCampusId(), CampusAction.EDIT);
        guard.refuseUnless(dossier.getState().editable(), "Dossier " + dossierId + " : il ne s'écrit plus");
        return dossier(user, dossierId);
    }

    private record Assignment(long expertId, boolean declared) {
    }

    private Optional<Assignment> assignedExpert(CmqUser user, long dossierId) {
        if (!guard.isExpert(user)) {
            return Optional.empty();
        }
        return jdbc.sql("select e.id, a.no_conflict_declared_at is not null as declared from expert_assignment a"
                        + " join expert e on e.id = a.expert_id where a.dossier_id = :dossier"
                        + " and lower(e.email) = lower(:email)")
                .param("dossier", dossierId).param("email", user.email())
                .query((rs, n) -> new Assignment(rs.getLong("id"), rs.getBoolean("declared"))).optional();
    }

    private DossierEntity entity(long dossierId) {
        return dossiers.findById(dossierId)
                .orElseThrow(() -> new NotFoundException("Dossier " + dossierId + " introuvable"));
    }
}
