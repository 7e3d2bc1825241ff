package fr.cmq.steering.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.Member;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.PlainText;
import fr.cmq.steering.Action;
import fr.cmq.steering.ActionDetails;
import fr.cmq.steering.ActionFilter;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.MemberRef;
import fr.cmq.steering.SteeringEvent;

/** Keeps a campus's actions through their entity; reads them in a fixed number of queries ({@link ActionRows}). */
@Service
@Transactional
@RequiredArgsConstructor
class ActionService implements CampusActions {

    private static final String AUDITED = "campus";
    private static final int MAX_NOTE = 4000;
    private static final String BY_START = "a.starts_on, a.id";

    private final ActionRepository actions;
    private final ActionRows rows;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public PageResponse<Action> actions(@Nullable CmqUser viewer, long campusId, ActionFilter filter, int page,
            int size) {
        var campus = campuses.get(campusId);
        guard.require(viewer, campus.scope(), CampusAction.READ_PRIVATE);
        var where = new StringBuilder("true");
        var params = new HashMap<String, Object>();
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
        long total = rows.count(campusId, where.toString(), params);
        params.put("limit", size);
        params.put("offset", PageResponse.offset(page, size));
        return PageResponse.of(rows.read(campus, where.toString(), BY_START + " limit :limit offset :offset", params),
                page, size, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Action action(@Nullable CmqUser viewer, long campusId, long actionId) {
        var campus = campuses.get(campusId);
        guard.require(viewer, campus.scope(), CampusAction.READ_PRIVATE);
        return rows.read(campus, "a.id = :id", BY_START, Map.of("id", actionId)).stream().findFirst()
                .orElseThrow(() -> notFound(actionId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Action> actionsOf(long campusId) {
        return rows.read(campuses.get(campusId), "true", BY_START, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> actionsByOrigin(long campusId) {
        var byOrigin = new HashMap<String, Long>();
        jdbc.sql("select origin, id from campus_action where campus_id = :campus and origin is not null")
                .param("campus", campusId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> byOrigin.put(rs.getString("origin"),
                        rs.getLong("id")));
        return byOrigin;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Action> openActions(CmqUser user, long campusId) {
        var campus = campuses.get(campusId);
        guard.require(user, campus.scope(), CampusAction.READ_PRIVATE, CampusAction.CONTRIBUTE);
        return rows.read(campus, "a.status in ('PREVUE', 'EN_COURS')", BY_START, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberRef> representedBy(@Nullable CmqUser user, long campusId) {
        return campuses.find(campusId).map(campus -> campus.activeMembers().stream()
                .filter(m -> guard.isContactOf(user, campus.id(), m.id()))
                .map(m -> new MemberRef(m.id(), m.name())).toList()).orElse(List.of());
    }

    @Override
    public long addAction(CmqUser actor, long campusId, ActionDetails details) {
        var checked = check(kept(actor, campusId), details);
        var action = new ActionEntity(campusId);
        action.describe(checked, actor.email(), clock.instant());
        action.steer(details.status(), PlainText.blankToNull(details.abandonReason()));
        actions.saveAndFlush(action);
        involve(action.getId(), details.memberIds());
        tie(action.getId(), checked.indicatorCodes());
        auditTrail.record("AJOUT_ACTION", AUDITED, campusId, Map.of("action", checked.title()));
        return action.getId();
    }

    @Override
    public void updateAction(CmqUser actor, long campusId, long actionId, long version, ActionDetails details) {
        var campus = kept(actor, campusId);
        var action = entity(campusId, actionId);
        if (action.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ActionEntity.class, actionId);
        }
        var checked = check(campus, details);
        action.steer(details.status(), PlainText.blankToNull(details.abandonReason()));
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
        kept(actor, campusId);
        var action = entity(campusId, actionId);
        actions.delete(action);
        actions.flush();
        auditTrail.record("SUPPRESSION_ACTION", AUDITED, campusId, Map.of("action", action.getTitle()));
        events.publishEvent(new SteeringEvent.PlanChanged(campusId));
    }

    @Override
    public void addNote(CmqUser actor, long campusId, long actionId, LocalDate notedOn, String text) {
        kept(actor, campusId);
        String note = PlainText.optional(text, "text", MAX_NOTE);
        if (note == null) {
            throw new InvalidFieldException("text", "Écrivez où en est l’action");
        }
        if (notedOn.isAfter(LocalDate.now(clock)) || notedOn.getYear() < 2000) {
            throw new InvalidFieldException("notedOn", "Une note date d’aujourd’hui ou d’avant");
        }
        var action = entity(campusId, actionId);
        jdbc.sql("insert into action_note (action_id, noted_on, text, author) values (:action, :on, :text, :author)")
                .param("action", actionId).param("on", notedOn).param("text", note).param("author", actor.displayName())
                .update();
        auditTrail.record("NOTE_ACTION", AUDITED, campusId, Map.of("action", action.getTitle()));
    }

    @Override
    public void takePart(CmqUser actor, long campusId, long actionId, long memberId, boolean participates) {
        var campus = campuses.get(campusId);
        guard.requireActsFor(actor, campus.scope(), memberId);
        var member = campus.activeMembers().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new InvalidFieldException("memberId",
                        "Cet organisme ne fait pas (ou plus) partie du réseau du campus"));
        var action = entity(campusId, actionId);
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
                .param("at", Timestamp.from(clock.instant())).param("by", actor.email()).param("id", actionId)
                .update();
        auditTrail.record(participates ? "PARTICIPATION_ACTION" : "FIN_PARTICIPATION_ACTION", AUDITED, campusId,
                Map.of("action", action.getTitle(), "membre", member.name()));
    }

    private CampusDetails kept(CmqUser actor, long campusId) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        return campus;
    }

    private CheckedAction check(CampusDetails campus, ActionDetails details) {
        boolean objectiveOfTheCampus = details.objectiveId() != null && jdbc.sql("select exists (select 1 from"
                        + " strategic_objective where id = :id and campus_id = :campus)")
                .param("id", details.objectiveId()).param("campus", campus.id()).query(Boolean.class).single();
        var followed = details.indicatorCodes().isEmpty() ? List.<String>of()
                : jdbc.sql("select code from campus_indicator where campus_id = :campus").param("campus", campus.id())
                        .query(String.class).list();
        return CheckedAction.of(details, campus.activeMembers().stream().map(Member::id).collect(Collectors.toSet()),
                objectiveOfTheCampus, followed);
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

    private ActionEntity entity(long campusId, long actionId) {
        return actions.findByIdAndCampusId(actionId, campusId).orElseThrow(() -> notFound(actionId));
    }

    private static NotFoundException notFound(long actionId) {
        return new NotFoundException("Action " + actionId + " introuvable dans ce campus");
    }
}
