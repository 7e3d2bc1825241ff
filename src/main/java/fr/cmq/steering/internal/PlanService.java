package fr.cmq.steering.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.Finalite;
import fr.cmq.campus.Member;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.Euros;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;
import fr.cmq.steering.Action;
import fr.cmq.steering.ActionDetails;
import fr.cmq.steering.ActionFilter;
import fr.cmq.steering.ActionNote;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.CampusPlan;
import fr.cmq.steering.Diagnostic;
import fr.cmq.steering.DiagnosticDetails;
import fr.cmq.steering.IndicatorRef;
import fr.cmq.steering.MemberRef;
import fr.cmq.steering.Objective;
import fr.cmq.steering.ObjectiveDetails;
import fr.cmq.steering.SteeringEvent;

/** Keeps campuses' plans: objectives by SQL, actions through their entity; reads in a fixed number of queries. */
@Service
@Transactional
class PlanService implements CampusPlan {

    private static final String AUDITED = "campus";
    private static final int MAX_TEXT = 4000;
    private static final String ACTION_COLUMNS = "a.id, a.campus_id, a.objective_id, o.title as objective_title,"
            + " a.title, a.description, a.pilot_name, a.pilot_member_id, a.starts_on, a.ends_on, a.status,"
            + " a.abandon_reason, a.budget, a.expected_results, a.version, a.updated_at, a.updated_by"
            + " from campus_action a left join strategic_objective o on o.id = a.objective_id";

    private final ActionRepository actions;
    private final DiagnosticRepository diagnostics;
    private final Documents documents;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanService(ActionRepository actions, DiagnosticRepository diagnostics, Documents documents,
            CampusDirectory campuses, Guard guard, AuditTrail auditTrail, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.actions = actions;
        this.diagnostics = diagnostics;
        this.documents = documents;
        this.campuses = campuses;
        this.guard = guard;
        this.auditTrail = auditTrail;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Diagnostic> diagnosticOf(@Nullable CmqUser viewer, long campusId) {
        guard.require(viewer, campus(campusId).scope(), CampusAction.READ_PRIVATE);
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
        String summary = text(details.summary(), "summary");
        if (summary == null) {
            throw new InvalidFieldException("summary", "Résumez le diagnostic");
        }
        if (details.datedOn() == null || details.datedOn().isAfter(LocalDate.now(clock))
                || details.datedOn().getYear() < 2000) {
            throw new InvalidFieldException("datedOn", "La date du diagnostic, aujourd’hui ou avant");
        }
        Long documentId = document == null ? null
                : documents.add(document.filename(), document.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email()).id();
        diagnostic.describe(summary, details.datedOn(), text(details.sources(), "sources"), documentId, actor.email(),
                clock.instant());
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
        return jdbc.sql("select id, campus_id, title, description, finalites, first_year, last_year"
                        + " from strategic_objective where campus_id = :campus order by id")
                .param("campus", campusId)
                .query((rs, n) -> new Objective(rs.getLong("id"), rs.getLong("campus_id"), rs.getString("title"),
                        rs.getString("description"), finalites(rs.getArray("finalites")),
                        rs.getObject("first_year", Integer.class), rs.getObject("last_year", Integer.class)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<Action> actions(@Nullable CmqUser viewer, long campusId, ActionFilter filter, int page,
            int size) {
        var campus = campus(campusId);
        guard.require(viewer, campus.scope(), CampusAction.READ_PRIVATE);
        var where = new StringBuilder(" where a.campus_id = :campus");
        var params = new HashMap<String, Object>();
        params.put("campus", campusId);
        if (filter.objectiveId() != null) {
            where.append(" and a.objective_id = :objective");
            params.put("objective", filter.objectiveId());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.pilotMemberId() != null) {
            where.append(" and a.pilot_member_id = :pilot");
            params.put("pilot", filter.pilotMemberId());
        }
        if (filter.lateOnly()) {
            where.append(" and a.status in ('PREVUE', 'EN_COURS') and a.ends_on < :today");
            params.put("today", LocalDate.now(clock));
        }
        long total = jdbc.sql("select count(*) from campus_action a" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", PageResponse.offset(page, size));
        var rows = jdbc.sql("select " + ACTION_COLUMNS + where + " order by a.starts_on, a.id limit :limit offset :offset")
                .params(params).query((rs, n) -> row(rs)).list();
        return PageResponse.of(complete(campus, rows), page, size, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Action action(@Nullable CmqUser viewer, long campusId, long actionId) {
        var campus = campus(campusId);
        guard.require(viewer, campus.scope(), CampusAction.READ_PRIVATE);
        var rows = jdbc.sql("select " + ACTION_COLUMNS + " where a.id = :id and a.campus_id = :campus")
                .param("id", actionId).param("campus", campusId).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Action " + actionId + " introuvable dans ce campus");
        }
        return complete(campus, rows).getFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Action> actionsOf(long campusId) {
        var rows = jdbc.sql("select " + ACTION_COLUMNS + " where a.campus_id = :campus order by a.starts_on, a.id")
                .param("campus", campusId).query((rs, n) -> row(rs)).list();
        return rows.isEmpty() ? List.of() : complete(campus(campusId), rows);
    }

    @Override
    public long addObjective(CmqUser actor, long campusId, ObjectiveDetails objective) {
        keep(actor, campusId);
        var checked = check(objective);
        long id = jdbc.sql("insert into strategic_objective (campus_id, title, description, finalites, first_year,"
                        + " last_year) values (:campus, :title, :description, :finalites, :first, :last) returning id")
                .param("campus", campusId).param("title", checked.title()).param("description", checked.description())
                .param("finalites", finalitesArray(checked.finalites())).param("first", checked.firstYear())
                .param("last", checked.lastYear()).query(Long.class).single();
        auditTrail.record("AJOUT_OBJECTIF", AUDITED, campusId, Map.of("objectif", checked.title()));
        events.publishEvent(new SteeringEvent.PlanChanged(campusId));
        return id;
    }

    @Override
    public void updateObjective(CmqUser actor, long campusId, long objectiveId, ObjectiveDetails objective) {
        keep(actor, campusId);
        var checked = check(objective);
        int updated = jdbc.sql("update strategic_objective set title = :title, description = :description,"
                        + " finalites = :finalites, first_year = :first, last_year = :last"
                        + " where id = :id and campus_id = :campus")
                .param("title", checked.title()).param("description", checked.description())
                .param("finalites", finalitesArray(checked.finalites())).param("first", checked.firstYear())
                .param("last", checked.lastYear()).param("id", objectiveId).param("campus", campusId).update();
        if (updated == 0) {
            throw new NotFoundException("Objectif " + objectiveId + " introuvable dans ce campus");
        }
        auditTrail.record("MODIFICATION_OBJECTIF", AUDITED, campusId, Map.of("objectif", checked.title()));
        events.publishEvent(new SteeringEvent.PlanChanged(campusId));
    }

    @Override
    public void removeObjective(CmqUser actor, long campusId, long objectiveId) {
        keep(actor, campusId);
        String title = jdbc.sql("delete from strategic_objective where id = :id and campus_id = :campus returning title")
                .param("id", objectiveId).param("campus", campusId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Objectif " + objectiveId + " introuvable dans ce campus"));
        auditTrail.record("SUPPRESSION_OBJECTIF", AUDITED, campusId, Map.of("objectif", title));
        events.publishEvent(new SteeringEvent.PlanChanged(campusId));
    }

    @Override
    public long addAction(CmqUser actor, long campusId, ActionDetails details) {
        var campus = keep(actor, campusId);
        var checked = check(campus, details);
        var action = new ActionEntity(campusId);
        action.describe(checked, actor.email(), clock.instant());
        action.moveTo(details.status(), PlainText.blankToNull(details.abandonReason()));
        actions.saveAndFlush(action);
        involve(action.getId(), details.memberIds());
        tie(action.getId(), checked.indicatorCodes());
        auditTrail.record("AJOUT_ACTION", AUDITED, campusId, Map.of("action", checked.title()));
        return action.getId();
    }

    @Override
    public void updateAction(CmqUser actor, long campusId, long actionId, long version, ActionDetails details) {
        var campus = keep(actor, campusId);
        var action = actions.findByIdAndCampusId(actionId, campusId)
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " introuvable dans ce campus"));
        if (action.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ActionEntity.class, actionId);
        }
        var checked = check(campus, details);
        action.moveTo(details.status(), PlainText.blankToNull(details.abandonReason()));
        action.describe(checked, actor.email(), clock.instant());
        actions.saveAndFlush(action);
        jdbc.sql("delete from campus_action_member where action_id = :id").param("id", actionId).update();
        involve(actionId, details.memberIds());
        jdbc.sql("delete from campus_action_indicator where action_id = :id").param("id", actionId).update();
        tie(actionId, checked.indicatorCodes());
        auditTrail.record("MODIFICATION_ACTION", AUDITED, campusId, Map.of("action", checked.title(),
                "statut", details.status().name()));
    }

    @Override
    public void removeAction(CmqUser actor, long campusId, long actionId) {
        keep(actor, campusId);
        var action = actions.findByIdAndCampusId(actionId, campusId)
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " introuvable dans ce campus"));
        actions.delete(action);
        actions.flush();
        auditTrail.record("SUPPRESSION_ACTION", AUDITED, campusId, Map.of("action", action.getTitle()));
        events.publishEvent(new SteeringEvent.PlanChanged(campusId));
    }

    @Override
    public void addNote(CmqUser actor, long campusId, long actionId, LocalDate notedOn, String text) {
        keep(actor, campusId);
        String note = PlainText.blankToNull(text);
        if (note == null) {
            throw new InvalidFieldException("text", "Écrivez où en est l’action");
        }
        if (note.length() > MAX_TEXT) {
            throw new InvalidFieldException("text", MAX_TEXT + " caractères au plus");
        }
        if (notedOn.isAfter(LocalDate.now(clock)) || notedOn.getYear() < 2000) {
            throw new InvalidFieldException("notedOn", "Une note date d’aujourd’hui ou d’avant");
        }
        var action = actions.findByIdAndCampusId(actionId, campusId)
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " introuvable dans ce campus"));
        jdbc.sql("insert into action_note (action_id, noted_on, text, author) values (:action, :on, :text, :author)")
                .param("action", actionId).param("on", notedOn).param("text", note).param("author", actor.displayName())
                .update();
        auditTrail.record("NOTE_ACTION", AUDITED, campusId, Map.of("action", action.getTitle()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberRef> representedBy(@Nullable CmqUser user, long campusId) {
        return campuses.find(campusId).map(campus -> represented(user, campus)).orElse(List.of());
    }

    private List<MemberRef> represented(@Nullable CmqUser user, CampusDetails campus) {
        return campus.activeMembers().stream().filter(m -> guard.isContactOf(user, campus.id(), m.id()))
                .map(m -> new MemberRef(m.id(), m.name())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Action> openActions(CmqUser user, long campusId) {
        var campus = campus(campusId);
        guard.require(user, campus.scope(), CampusAction.READ_PRIVATE, CampusAction.CONTRIBUTE);
        var rows = jdbc.sql("select " + ACTION_COLUMNS + " where a.campus_id = :campus"
                        + " and a.status in ('PREVUE', 'EN_COURS') order by a.starts_on, a.id")
                .param("campus", campusId).query((rs, n) -> row(rs)).list();
        return complete(campus, rows);
    }

    @Override
    public void takePart(CmqUser actor, long campusId, long actionId, long memberId, boolean participates) {
        var campus = campus(campusId);
        guard.requireActsFor(actor, campus.scope(), memberId);
        var member = campus.activeMembers().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new InvalidFieldException("memberId",
                        "Cet organisme ne fait pas (ou plus) partie du réseau du campus"));
        var action = actions.findByIdAndCampusId(actionId, campusId)
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " introuvable dans ce campus"));
        action.checkOpenToParticipation();
        int changed = participates
                ? jdbc.sql("insert into campus_action_member (action_id, member_id) values (:action, :member)"
                        + " on conflict do nothing").param("action", actionId).param("member", memberId).update()
                : jdbc.sql("delete from campus_action_member where action_id = :action and member_id = :member")
                        .param("action", actionId).param("member", memberId).update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("update campus_action set version = version + 1, updated_at = :at, updated_by = :by where id = :id")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("by", actor.email()).param("id", actionId)
                .update();
        auditTrail.record(participates ? "PARTICIPATION_ACTION" : "FIN_PARTICIPATION_ACTION", AUDITED, campusId,
                Map.of("action", action.getTitle(), "membre", member.name()));
    }

    private CampusDetails keep(CmqUser actor, long campusId) {
        var campus = campus(campusId);
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        return campus;
    }

    private void tie(long actionId, List<String> codes) {
        for (String code : codes) {
            jdbc.sql("insert into campus_action_indicator (action_id, code) values (:action, :code)")
                    .param("action", actionId).param("code", code).update();
        }
    }

    private void involve(long actionId, List<Long> memberIds) {
        for (Long memberId : new LinkedHashSet<>(memberIds)) {
            jdbc.sql("insert into campus_action_member (action_id, member_id) values (:action, :member)")
                    .param("action", actionId).param("member", memberId).update();
        }
    }

    private List<String> followed(long campusId) {
        return jdbc.sql("select code from campus_indicator where campus_id = :campus").param("campus", campusId)
                .query(String.class).list();
    }

    private ObjectiveDetails check(ObjectiveDetails objective) {
        String title = PlainText.blankToNull(objective.title());
        if (title == null) {
            throw new InvalidFieldException("title", "Donnez un intitulé à l’objectif");
        }
        if (title.length() > 300) {
            throw new InvalidFieldException("title", "300 caractères au plus");
        }
        String description = text(objective.description(), "description");
        checkYear(objective.firstYear(), "firstYear");
        checkYear(objective.lastYear(), "lastYear");
        if (objective.firstYear() != null && objective.lastYear() != null && objective.lastYear() < objective.firstYear()) {
            throw new InvalidFieldException("lastYear", "La dernière année suit la première");
        }
        return new ObjectiveDetails(title, description, List.copyOf(new LinkedHashSet<>(objective.finalites())),
                objective.firstYear(), objective.lastYear());
    }

    private CheckedAction check(CampusDetails campus, ActionDetails action) {
        String title = PlainText.blankToNull(action.title());
        if (title == null) {
            throw new InvalidFieldException("title", "Donnez un intitulé à l’action");
        }
        if (title.length() > 300) {
            throw new InvalidFieldException("title", "300 caractères au plus");
        }
        String pilot = PlainText.blankToNull(action.pilotName());
        if (pilot == null) {
            throw new InvalidFieldException("pilotName", "Nommez la personne qui pilote l’action");
        }
        if (pilot.length() > 200) {
            throw new InvalidFieldException("pilotName", "200 caractères au plus");
        }
        var members = campus.activeMembers().stream().map(Member::id).collect(Collectors.toSet());
        if (action.pilotMemberId() != null && !members.contains(action.pilotMemberId())) {
            throw new InvalidFieldException("pilotMemberId", "Cet organisme ne fait pas (ou plus) partie du réseau du campus");
        }
        if (!members.containsAll(action.memberIds())) {
            throw new InvalidFieldException("memberIds", "Un des organismes impliqués ne fait pas partie du réseau du campus");
        }
        if (action.objectiveId() != null && jdbc.sql("select count(*) from strategic_objective where id = :id"
                        + " and campus_id = :campus").param("id", action.objectiveId()).param("campus", campus.id())
                .query(Long.class).single() == 0) {
            throw new InvalidFieldException("objectiveId", "Cet objectif n’est pas un objectif du campus");
        }
        if (action.startsOn() == null) {
            throw new InvalidFieldException("startsOn", "Date de début requise");
        }
        if (action.endsOn() == null) {
            throw new InvalidFieldException("endsOn", "Date de fin requise");
        }
        if (action.endsOn().isBefore(action.startsOn())) {
            throw new InvalidFieldException("endsOn", "La fin ne précède pas le début");
        }
        if (action.startsOn().getYear() < 2000 || action.endsOn().getYear() > 2100) {
            throw new InvalidFieldException("startsOn", "Des dates entre 2000 et 2100");
        }
        var codes = List.copyOf(new LinkedHashSet<>(action.indicatorCodes()));
        if (!codes.isEmpty() && !followed(campus.id()).containsAll(codes)) {
            throw new InvalidFieldException("indicatorCodes", "Un des indicateurs n’est pas suivi par le campus");
        }
        return new CheckedAction(action.objectiveId(), title, text(action.description(), "description"), pilot,
                action.pilotMemberId(), action.startsOn(), action.endsOn(),
                action.budget() == null ? null : Euros.check(action.budget(), "budget"),
                text(action.expectedResults(), "expectedResults"), codes);
    }

    private record ActionRow(long id, long campusId, @Nullable Long objectiveId, @Nullable String objectiveTitle,
            String title, @Nullable String description, String pilotName, @Nullable Long pilotMemberId,
            LocalDate startsOn, LocalDate endsOn, ActionStatus status, @Nullable String abandonReason,
            java.math.@Nullable BigDecimal budget, @Nullable String expectedResults, long version,
            java.time.Instant updatedAt, @Nullable String updatedBy) {
    }

    private static ActionRow row(ResultSet rs) throws SQLException {
        return new ActionRow(rs.getLong("id"), rs.getLong("campus_id"), rs.getObject("objective_id", Long.class),
                rs.getString("objective_title"), rs.getString("title"), rs.getString("description"),
                rs.getString("pilot_name"), rs.getObject("pilot_member_id", Long.class),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")), rs.getString("abandon_reason"), rs.getBigDecimal("budget"),
                rs.getString("expected_results"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    /** The rows with their members and notes, read for all of them at once. */
    private List<Action> complete(CampusDetails campus, List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(ActionRow::id).toList();
        var names = campus.members().stream().collect(Collectors.toMap(Member::id, Member::name));
        var involved = new HashMap<Long, List<MemberRef>>();
        jdbc.sql("select action_id, member_id from campus_action_member where action_id in (:ids)"
                        + " order by action_id, member_id")
                .param("ids", ids)
                .query((rs, n) -> involved.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>())
                        .add(new MemberRef(rs.getLong("member_id"), names.getOrDefault(rs.getLong("member_id"), "—"))))
                .list();
        var indicators = new HashMap<Long, List<IndicatorRef>>();
        jdbc.sql("select t.action_id, t.code, i.label from campus_action_indicator t join indicator i on i.code = t.code"
                        + " where t.action_id in (:ids) order by t.action_id, i.position, t.code")
                .param("ids", ids)
                .query((rs, n) -> indicators.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>())
                        .add(new IndicatorRef(rs.getString("code"), rs.getString("label"))))
                .list();
        var notes = new HashMap<Long, List<ActionNote>>();
        jdbc.sql("select id, action_id, noted_on, text, author from action_note where action_id in (:ids)"
                        + " order by noted_on desc, id desc")
                .param("ids", ids)
                .query((rs, n) -> notes.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>())
                        .add(new ActionNote(rs.getLong("id"), rs.getObject("noted_on", LocalDate.class),
                                rs.getString("text"), rs.getString("author"))))
                .list();
        var today = LocalDate.now(clock);
        return rows.stream().map(row -> new Action(row.id(), row.campusId(), row.objectiveId(), row.objectiveTitle(),
                row.title(), row.description(), row.pilotName(), row.pilotMemberId(),
                row.pilotMemberId() == null ? null : names.get(row.pilotMemberId()),
                involved.getOrDefault(row.id(), List.of()), row.startsOn(), row.endsOn(), row.status(),
                row.abandonReason(), row.budget(), row.expectedResults(), indicators.getOrDefault(row.id(), List.of()),
                notes.getOrDefault(row.id(), List.of()),
                row.status().open() && row.endsOn().isBefore(today), row.version(), row.updatedAt(), row.updatedBy()))
                .toList();
    }

    private static List<Finalite> finalites(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(value -> Finalite.valueOf((String) value)).toList();
    }

    private static String[] finalitesArray(List<Finalite> finalites) {
        return finalites.stream().map(Finalite::name).toArray(String[]::new);
    }

    private static void checkYear(@Nullable Integer year, String field) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidFieldException(field, "Une année de 2000 à 2100");
        }
    }

    private static @Nullable String text(@Nullable String value, String field) {
        String text = PlainText.blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidFieldException(field, MAX_TEXT + " caractères au plus");
        }
        return text;
    }

    private CampusDetails campus(long campusId) {
        return campuses.find(campusId).orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
    }
}
