package fr.cmq.campus.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusGovernance;
import fr.cmq.campus.GovernanceChanged;
import fr.cmq.campus.Instance;
import fr.cmq.campus.InstanceKind;
import fr.cmq.campus.SeatQuality;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/** {@link CampusGovernance} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional
@RequiredArgsConstructor
class JdbcCampusGovernance implements CampusGovernance {

    private record MeetingRow(long id, long instanceId, LocalDate heldOn, String agenda, @Nullable String decisions,
            @Nullable Long minutesDocumentId) {}

    private static final DataClassRowMapper<MeetingRow> MEETING = new DataClassRowMapper<>(MeetingRow.class);

    private final JdbcClient jdbc;
    private final Documents documents;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    /** The instances of a campus in three queries, whatever their number. */
    @Override
    @Transactional(readOnly = true)
    public List<Instance> of(long campusId) {
        Map<Long, List<Instance.Seat>> seats = new HashMap<>();
        jdbc.sql("""
                        select s.id, s.instance_id, s.person_name, s.quality, s.organisation from instance_seat s
                        join campus_instance i on i.id = s.instance_id where i.campus_id = :campusId order by s.id""")
                .param("campusId", campusId)
                .query((row, n) -> seats.computeIfAbsent(row.getLong("instance_id"), key -> new ArrayList<>())
                        .add(new Instance.Seat(row.getLong("id"), row.getString("person_name"),
                                SeatQuality.valueOf(row.getString("quality")), row.getString("organisation"))))
                .list();
        var rows = jdbc.sql("""
                        select m.id, m.instance_id, m.held_on, m.agenda, m.decisions, m.minutes_document_id
                        from instance_meeting m join campus_instance i on i.id = m.instance_id
                        where i.campus_id = :campusId order by m.held_on desc, m.id desc""")
                .param("campusId", campusId).query(MEETING).list();
        // the minutes are the document store's: asked for in one call, not joined to its table
        Map<Long, StoredDocument> minutes = documents.find(
                rows.stream().map(MeetingRow::minutesDocumentId).filter(Objects::nonNull).toList());
        Map<Long, List<Instance.Meeting>> meetings = new HashMap<>();
        for (var row : rows) {
            meetings.computeIfAbsent(row.instanceId(), key -> new ArrayList<>()).add(new Instance.Meeting(row.id(),
                    row.heldOn(), row.agenda(), row.decisions(),
                    row.minutesDocumentId() == null ? null : minutes.get(row.minutesDocumentId())));
        }
        return jdbc.sql("select id, kind, name from campus_instance where campus_id = :campusId order by kind, name, id")
                .param("campusId", campusId)
                .query((row, n) -> new Instance(row.getLong("id"), InstanceKind.valueOf(row.getString("kind")),
                        row.getString("name"), seats.getOrDefault(row.getLong("id"), List.of()),
                        meetings.getOrDefault(row.getLong("id"), List.of())))
                .list();
    }

    @Override
    public long addInstance(CmqUser actor, long campusId, InstanceKind kind, String name) {
        guard.require(actor, campusId, CampusAction.EDIT);
        long id = jdbc.sql("insert into campus_instance (campus_id, kind, name) values (:campusId, :kind, :name)"
                        + " returning id")
                .param("campusId", campusId).param("kind", kind.name()).param("name", name.strip())
                .query(Long.class).single();
        auditTrail.record("AJOUT_INSTANCE", "campus", campusId, Map.of("instance", name.strip()));
        events.publishEvent(new GovernanceChanged(campusId));
        return id;
    }

    /** Removes an instance with its composition and meetings (their minutes stay in the document store). */
    @Override
    public void removeInstance(CmqUser actor, long campusId, long instanceId) {
        guard.require(actor, campusId, CampusAction.EDIT);
        String name = jdbc.sql("delete from campus_instance where id = :id and campus_id = :campusId returning name")
                .param("id", instanceId).param("campusId", campusId).query(String.class).optional()
                .orElseThrow(() -> notFound(instanceId));
        auditTrail.record("SUPPRESSION_INSTANCE", "campus", campusId, Map.of("instance", name));
        events.publishEvent(new GovernanceChanged(campusId));
    }

    @Override
    public long addSeat(CmqUser actor, long campusId, long instanceId, String personName, SeatQuality quality,
            @Nullable String organisation) {
        String instance = editableInstance(actor, campusId, instanceId);
        long id = jdbc.sql("""
                        insert into instance_seat (instance_id, person_name, quality, organisation)
                        values (:instanceId, :personName, :quality, :organisation) returning id""")
                .param("instanceId", instanceId).param("personName", personName.strip())
                .param("quality", quality.name()).param("organisation", organisation)
                .query(Long.class).single();
        auditTrail.record("AJOUT_SIEGE", "campus", campusId, Map.of("instance", instance, "personne",
                personName.strip(), "qualité", quality.name()));
        events.publishEvent(new GovernanceChanged(campusId));
        return id;
    }

    @Override
    public void removeSeat(CmqUser actor, long campusId, long instanceId, long seatId) {
        String instance = editableInstance(actor, campusId, instanceId);
        String person = jdbc.sql("delete from instance_seat where id = :id and instance_id = :instanceId"
                        + " returning person_name")
                .param("id", seatId).param("instanceId", instanceId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Siège " + seatId + " introuvable dans cette instance"));
        auditTrail.record("SUPPRESSION_SIEGE", "campus", campusId, Map.of("instance", instance, "personne", person));
        events.publishEvent(new GovernanceChanged(campusId));
    }

    /** Records a meeting; its minutes, when given, go through the document store. */
    @Override
    public long addMeeting(CmqUser actor, long campusId, long instanceId, LocalDate heldOn, String agenda,
            @Nullable String decisions, @Nullable Upload minutes) {
        String instance = editableInstance(actor, campusId, instanceId);
        Long documentId = minutes == null ? null
                : documents.add(minutes.filename(), minutes.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email()).id();
        long id = jdbc.sql("""
                        insert into instance_meeting (instance_id, held_on, agenda, decisions, minutes_document_id)
                        values (:instanceId, :heldOn, :agenda, :decisions, :documentId) returning id""")
                .param("instanceId", instanceId).param("heldOn", heldOn).param("agenda", agenda.strip())
                .param("decisions", decisions).param("documentId", documentId, java.sql.Types.BIGINT)
                .query(Long.class).single();
        auditTrail.record("AJOUT_REUNION", "campus", campusId, Map.of("instance", instance, "date", heldOn.toString()));
        events.publishEvent(new GovernanceChanged(campusId));
        return id;
    }

    private String editableInstance(CmqUser actor, long campusId, long instanceId) {
        guard.require(actor, campusId, CampusAction.EDIT);
        return jdbc.sql("select name from campus_instance where id = :id and campus_id = :campusId")
                .param("id", instanceId).param("campusId", campusId).query(String.class).optional()
                .orElseThrow(() -> notFound(instanceId));
    }

    private static NotFoundException notFound(long instanceId) {
        return new NotFoundException("Instance " + instanceId + " introuvable dans ce campus");
    }
}
