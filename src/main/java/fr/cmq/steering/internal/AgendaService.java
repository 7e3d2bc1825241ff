package fr.cmq.steering.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.Member;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.PlainText;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.AgendaSearch;
import fr.cmq.steering.Audience;
import fr.cmq.steering.CampusAgenda;
import fr.cmq.steering.EventDetails;
import fr.cmq.steering.EventKind;
import fr.cmq.steering.MemberRef;
import fr.cmq.steering.SteeringEvent;

/** Keeps campuses' events through their entity; reads the agenda in a fixed number of queries. */
@Service
@Transactional
@RequiredArgsConstructor
class AgendaService implements CampusAgenda {

    private static final String AUDITED = "campus";
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    static final String COLUMNS = "e.id, e.campus_id, c.name as campus_name, e.kind, e.title, e.starts_at,"
            + " e.ends_at, e.site_id, coalesce(s.name, e.address) as place, coalesce(e.town, s.commune) as town,"
            + " e.audiences, e.levels, e.description, e.registration_url, e.published, e.attendance, e.action_id,"
            + " a.title as action_title, e.version"
            + " from campus_event e join campus c on c.id = e.campus_id"
            + " left join campus_site s on s.id = e.site_id left join campus_action a on a.id = e.action_id";

    private final EventRepository events;
    private final CampusDirectory campuses;
    private final CampusSites sites;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    @Override
    @Transactional(readOnly = true)
    public PageResponse<AgendaEvent> search(AgendaSearch search, int page, int size) {
        LocalDate from = search.from() != null ? search.from() : LocalDate.now(clock.withZone(FrenchDates.FRANCE));
        // A day written into the statement, not bound: a prepared statement's generic plan cannot see a bound date,
        // and guessed a third of the events; it then chose a plan three times slower. Kept within years 1 to 9999,
        // a LocalDate prints yyyy-MM-dd, digits only (the ISO parser also takes "+10000-01-01" and "-0001-01-01").
        LocalDate day = from.isBefore(FIRST_DAY) ? FIRST_DAY : from.isAfter(LAST_DAY) ? LAST_DAY : from;
        var where = new StringBuilder(" where e.published and e.ends_at >= timestamp '" + day + "'");
        var params = new HashMap<String, Object>();
        if (search.to() != null) {
            where.append(" and e.starts_at < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay());
        }
        String words = PlainText.blankToNull(search.words());
        if (words != null) {
            where.append(" and e.search @@ websearch_to_tsquery('french_unaccent', :words)");
            params.put("words", words);
        }
        if (PlainText.blankToNull(search.filiere()) != null) {
            where.append(" and c.filiere_code = :filiere");
            params.put("filiere", search.filiere().strip());
        }
        if (PlainText.blankToNull(search.region()) != null) {
            where.append(" and c.region_code = :region");
            params.put("region", search.region().strip());
        }
        if (search.audience() != null) {
            where.append(" and e.audiences @> array[:audience]::text[]");
            params.put("audience", search.audience().name());
        }
        if (search.kind() != null) {
            where.append(" and e.kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.campusId() != null) {
            where.append(" and e.campus_id = :campus");
            params.put("campus", search.campusId());
        }
        return page(where.toString(), "e.starts_at, e.id", params, page, size, true);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<AgendaEvent> ofCampus(@Nullable CmqUser viewer, long campusId, int page, int size) {
        var campus = campuses.get(campusId);
        boolean insider = guard.may(viewer, CampusAction.READ_PRIVATE, campus.scope());
        return page(" where e.campus_id = :campus" + (insider ? "" : " and e.published"), "e.starts_at desc, e.id desc",
                new HashMap<>(Map.of("campus", campusId)), page, size, !insider);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgendaEvent> published(long eventId) {
        return page(" where e.id = :id and e.published", "e.id", new HashMap<>(Map.of("id", eventId)), 0, 1, true)
                .content().stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public AgendaEvent event(@Nullable CmqUser viewer, long campusId, long eventId) {
        var campus = campuses.get(campusId);
        boolean insider = guard.may(viewer, CampusAction.READ_PRIVATE, campus.scope());
        var found = page(" where e.id = :id and e.campus_id = :campus" + (insider ? "" : " and e.published"), "e.id",
                new HashMap<>(Map.of("id", eventId, "campus", campusId)), 0, 1, !insider);
        if (found.isEmpty()) {
            throw new NotFoundException("Événement " + eventId + " introuvable dans ce campus");
        }
        return found.content().getFirst();
    }

    @Override
    public long add(CmqUser actor, long campusId, EventDetails details) {
        var campus = keep(actor, campusId);
        var checked = check(campus, details);
        var event = new EventEntity(campusId);
        event.describe(checked, actor.email(), clock.instant());
        events.saveAndFlush(event);
        involve(event.getId(), details.memberIds());
        if (details.attendance() != null) {
            event.recordAttendance(details.attendance(), now(), actor.email(), clock.instant());
            events.saveAndFlush(event);
        }
        auditTrail.record("AJOUT_EVENEMENT", AUDITED, campusId, Map.of("evenement", checked.title()));
        return event.getId();
    }

    @Override
    public void update(CmqUser actor, long campusId, long eventId, long version, EventDetails details) {
        var campus = keep(actor, campusId);
        var event = stored(campusId, eventId, version);
        var checked = check(campus, details);
        event.describe(checked, actor.email(), clock.instant());
        if (details.attendance() != null) {
            event.recordAttendance(details.attendance(), now(), actor.email(), clock.instant());
        }
        events.saveAndFlush(event);
        jdbc.sql("delete from campus_event_member where event_id = :id").param("id", eventId).update();
        involve(eventId, details.memberIds());
        auditTrail.record("MODIFICATION_EVENEMENT", AUDITED, campusId, Map.of("evenement", checked.title()));
    }

    @Override
    public void remove(CmqUser actor, long campusId, long eventId) {
        keep(actor, campusId);
        var event = events.findByIdAndCampusId(eventId, campusId)
                .orElseThrow(() -> new NotFoundException("Événement " + eventId + " introuvable dans ce campus"));
        events.delete(event);
        events.flush();
        auditTrail.record("SUPPRESSION_EVENEMENT", AUDITED, campusId, Map.of("evenement", event.getTitle()));
        publisher.publishEvent(new SteeringEvent.AgendaChanged(campusId));
    }

    @Override
    public void recordAttendance(CmqUser actor, long campusId, long eventId, long version, int attendance) {
        keep(actor, campusId);
        var event = stored(campusId, eventId, version);
        event.recordAttendance(attendance, now(), actor.email(), clock.instant());
        events.saveAndFlush(event);
        auditTrail.record("PARTICIPATION_EVENEMENT", AUDITED, campusId, Map.of("evenement", event.getTitle(),
                "participants", attendance));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaEvent> withoutAttendance(long campusId) {
        var params = new HashMap<String, Object>(Map.of("campus", campusId, "now", now()));
        return page(" where e.campus_id = :campus and e.ends_at < :now and e.attendance is null", "e.ends_at desc, e.id",
                params, 0, 100, false).content();
    }

    /**
     * One query for the page and its total (counted apart only for a page past the end): the matching events are
     * counted, sorted and cut to the page with their campus alone, and only the page's are joined and described.
     */
    private PageResponse<AgendaEvent> page(String where, String order, Map<String, Object> params, int page, int size,
            boolean forThePublic) {
        params.put("limit", size);
        params.put("offset", PageResponse.offset(page, size));
        var totals = new ArrayList<Long>();
        var rows = jdbc.sql("with page as (select e.id, count(*) over () as total"
                        + " from campus_event e join campus c on c.id = e.campus_id" + where + " order by " + order
                        + " limit :limit offset :offset) select page.total, " + COLUMNS
                        + " join page on page.id = e.id order by " + order)
                .params(params).query((rs, n) -> {
                    totals.add(rs.getLong("total"));
                    return row(rs);
                }).list();
        long total = !totals.isEmpty() ? totals.getFirst() : page == 0 ? 0
                : jdbc.sql("select count(*) from campus_event e join campus c on c.id = e.campus_id" + where)
                        .params(params).query(Long.class).single();
        var involved = members(rows.stream().map(AgendaEvent::id).toList());
        var content = rows.stream().map(row -> row.withMembers(involved.getOrDefault(row.id(), List.of())))
                .map(event -> forThePublic ? event.forThePublic() : event).toList();
        return PageResponse.of(content, page, size, total);
    }

    /** The members involved in these events, named, in one query. */
    private Map<Long, List<MemberRef>> members(List<Long> eventIds) {
        var involved = new HashMap<Long, List<MemberRef>>();
        if (eventIds.isEmpty()) {
            return involved;
        }
        jdbc.sql("select em.event_id, m.id, m.name from campus_event_member em join campus_member m on m.id = em.member_id"
                        + " where em.event_id in (:ids) order by em.event_id, m.name")
                .param("ids", eventIds)
                .query((rs, n) -> involved.computeIfAbsent(rs.getLong("event_id"), id -> new ArrayList<>())
                        .add(new MemberRef(rs.getLong("id"), rs.getString("name"))))
                .list();
        return involved;
    }

    static AgendaEvent row(ResultSet rs) throws SQLException {
        return new AgendaEvent(rs.getLong("id"), rs.getLong("campus_id"), rs.getString("campus_name"),
                EventKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
                rs.getObject("site_id", Long.class), rs.getString("place"), rs.getString("town"),
                Arrays.stream((Object[]) rs.getArray("audiences").getArray()).map(a -> Audience.valueOf((String) a)).toList(),
                integers(rs.getArray("levels")), rs.getString("description"), rs.getString("registration_url"),
                rs.getBoolean("published"), rs.getObject("attendance", Integer.class), rs.getObject("action_id", Long.class),
                rs.getString("action_title"), List.of(), rs.getLong("version"));
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).intValue()).toList();
    }

    private EventEntity stored(long campusId, long eventId, long version) {
        var event = events.findByIdAndCampusId(eventId, campusId)
                .orElseThrow(() -> new NotFoundException("Événement " + eventId + " introuvable dans ce campus"));
        if (event.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(EventEntity.class, eventId);
        }
        return event;
    }

    private void involve(long eventId, List<Long> memberIds) {
        for (Long memberId : new LinkedHashSet<>(memberIds)) {
            jdbc.sql("insert into campus_event_member (event_id, member_id) values (:event, :member)")
                    .param("event", eventId).param("member", memberId).update();
        }
    }

    private CheckedEvent check(CampusDetails campus, EventDetails event) {
        boolean siteOfTheCampus = event.siteId() == null
                || sites.of(campus.id()).stream().anyMatch(site -> site.id() == event.siteId());
        boolean actionOfTheCampus = event.actionId() == null || jdbc.sql("select exists (select 1 from campus_action"
                        + " where id = :id and campus_id = :campus)")
                .param("id", event.actionId()).param("campus", campus.id()).query(Boolean.class).single();
        return CheckedEvent.of(event, campus.activeMembers().stream().map(Member::id).collect(Collectors.toSet()),
                siteOfTheCampus, actionOfTheCampus);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(FrenchDates.FRANCE));
    }

    private CampusDetails keep(CmqUser actor, long campusId) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        return campus;
    }
}
