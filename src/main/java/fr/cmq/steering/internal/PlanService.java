package fr.cmq.steering.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.Finalite;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.db.Rows;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;
import fr.cmq.steering.CampusPlan;
import fr.cmq.steering.Diagnostic;
import fr.cmq.steering.DiagnosticDetails;
import fr.cmq.steering.Objective;
import fr.cmq.steering.ObjectiveDetails;
import fr.cmq.steering.SteeringEvent;

/** Keeps campuses' diagnostics and strategic objectives through their entities. */
@Service
@Transactional
@RequiredArgsConstructor
class PlanService implements CampusPlan {

    private static final String AUDITED = "campus";
    private static final int MAX_TEXT = 4000;

    private final DiagnosticRepository diagnostics;
    private final ObjectiveRepository objectives;
    private final Documents documents;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public Optional<Diagnostic> diagnosticOf(@Nullable CmqUser viewer, long campusId) {
        guard.require(viewer, campuses.get(campusId).scope(), CampusAction.READ_PRIVATE);
        var diagnostic = jdbc.sql("select campus_id, summary, dated_on, sources, document_id, version + 1 as version,"
                        + " updated_at, updated_by from campus_diagnostic where campus_id = :campus")
                .param("campus", campusId)
                .query((rs, n) -> new Diagnostic(rs.getLong("campus_id"), rs.getString("summary"),
                        rs.getObject("dated_on", LocalDate.class), rs.getString("sources"),
                        rs.getObject("document_id", Long.class), null, rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .optional();
        return diagnostic.map(d -> d.documentId() == null ? d : new Diagnostic(d.campusId(), d.summary(), d.datedOn(),
                d.sources(), d.documentId(), documents.find(d.documentId()).map(StoredDocument::filename).orElse(null),
                d.version(), d.updatedAt(), d.updatedBy()));
    }

    @Override
    public void describeDiagnostic(CmqUser actor, long campusId, long version, DiagnosticDetails details,
            @Nullable Upload document) {
        keep(actor, campusId);
        var diagnostic = diagnostics.findById(campusId).orElseGet(() -> new DiagnosticEntity(campusId));
        if (diagnostic.currentVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DiagnosticEntity.class, campusId);
        }
        String summary = PlainText.optional(details.summary(), "summary", MAX_TEXT);
        if (summary == null) {
            throw new InvalidFieldException("summary", "Résumez le diagnostic");
        }
        if (details.datedOn() == null || details.datedOn().isAfter(LocalDate.now(clock))
                || details.datedOn().getYear() < 2000) {
            throw new InvalidFieldException("datedOn", "La date du diagnostic, aujourd’hui ou avant");
        }
        Long documentId = document == null ? null
                : documents.add(document.filename(), document.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email()).id();
        diagnostic.describe(summary, details.datedOn(), PlainText.optional(details.sources(), "sources", MAX_TEXT),
                documentId, actor.email(), clock.instant());
        diagnostics.saveAndFlush(diagnostic);
        auditTrail.record("DIAGNOSTIC", AUDITED, campusId, Map.of("date", details.datedOn().toString(),
                "document", document == null ? "" : document.filename()));
    }

    @Override
    @Transactional(readOnly = true)
    public StoredDocument diagnosticDocument(@Nullable CmqUser viewer, long campusId) {
        return diagnosticOf(viewer, campusId).map(Diagnostic::documentId).flatMap(documents::find)
                .orElseThrow(() -> new NotFoundException("Pas de document de diagnostic pour le campus " + campusId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Objective> objectivesOf(long campusId) {
        return jdbc.sql("select id, campus_id, title, description, finalites, first_year, last_year, version,"
                        + " updated_at, updated_by from strategic_objective where campus_id = :campus order by id")
                .param("campus", campusId)
                .query((rs, n) -> new Objective(rs.getLong("id"), rs.getLong("campus_id"), rs.getString("title"),
                        rs.getString("description"), finalites(rs.getArray("finalites")),
                        rs.getObject("first_year", Integer.class), rs.getObject("last_year", Integer.class),
                        rs.getLong("version"), Rows.instant(rs, "updated_at"), rs.getString("updated_by")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Objective objective(long campusId, long objectiveId) {
        return objectivesOf(campusId).stream().filter(objective -> objective.id() == objectiveId).findFirst()
                .orElseThrow(() -> new NotFoundException("Objectif " + objectiveId + " introuvable dans ce campus"));
    }

    @Override
    public long addObjective(CmqUser actor, long campusId, ObjectiveDetails objective) {
        keep(actor, campusId);
        var checked = check(objective);
        var entity = new ObjectiveEntity(campusId);
        entity.describe(checked, actor.email(), clock.instant());
        objectives.saveAndFlush(entity);
        auditTrail.record("AJOUT_OBJECTIF", AUDITED, campusId, Map.of("objectif", checked.title()));
        return entity.getId();
    }

    @Override
    public void updateObjective(CmqUser actor, long campusId, long objectiveId, long version,
            ObjectiveDetails objective) {
        keep(actor, campusId);
        var entity = objectiveEntity(campusId, objectiveId);
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ObjectiveEntity.class, objectiveId);
        }
        var checked = check(objective);
        entity.describe(checked, actor.email(), clock.instant());
        objectives.saveAndFlush(entity);
        auditTrail.record("MODIFICATION_OBJECTIF", AUDITED, campusId, Map.of("objectif", checked.title()));
    }

    @Override
    public void removeObjective(CmqUser actor, long campusId, long objectiveId) {
        keep(actor, campusId);
        var entity = objectiveEntity(campusId, objectiveId);
        objectives.delete(entity);
        objectives.flush();
        auditTrail.record("SUPPRESSION_OBJECTIF", AUDITED, campusId, Map.of("objectif", entity.getTitle()));
        events.publishEvent(new SteeringEvent.PlanChanged(campusId));
    }

    private ObjectiveEntity objectiveEntity(long campusId, long objectiveId) {
        return objectives.findByIdAndCampusId(objectiveId, campusId)
                .orElseThrow(() -> new NotFoundException("Objectif " + objectiveId + " introuvable dans ce campus"));
    }

    private CampusDetails keep(CmqUser actor, long campusId) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        return campus;
    }

    private ObjectiveDetails check(ObjectiveDetails objective) {
        String title = PlainText.blankToNull(objective.title());
        if (title == null) {
            throw new InvalidFieldException("title", "Donnez un intitulé à l’objectif");
        }
        if (title.length() > 300) {
            throw new InvalidFieldException("title", "300 caractères au plus");
        }
        String description = PlainText.optional(objective.description(), "description", MAX_TEXT);
        checkYear(objective.firstYear(), "firstYear");
        checkYear(objective.lastYear(), "lastYear");
        if (objective.firstYear() != null && objective.lastYear() != null && objective.lastYear() < objective.firstYear()) {
            throw new InvalidFieldException("lastYear", "La dernière année suit la première");
        }
        return new ObjectiveDetails(title, description, List.copyOf(new LinkedHashSet<>(objective.finalites())),
                objective.firstYear(), objective.lastYear());
    }

    /** The rows with their members and notes, read for all of them at once. */
    private static List<Finalite> finalites(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(value -> Finalite.valueOf((String) value)).toList();
    }

    private static void checkYear(@Nullable Integer year, String field) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidFieldException(field, "Une année de 2000 à 2100");
        }
    }
}
