package fr.cmq.campus.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CommitteeMeeting;
import fr.cmq.campus.CommitteeSummary;
import fr.cmq.campus.RegionalCommittee;
import fr.cmq.campus.RegionalCommittees;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RegionAction;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/** {@link RegionalCommittees} in SQL: the comité's row is versioned, its lists are written as they come. */
@Service
@Transactional
@RequiredArgsConstructor
class JdbcRegionalCommittees implements RegionalCommittees {

    private static final String AUDITED = "comite_regional";

    private final JdbcClient jdbc;
    private final CommitteeReads reads;
    private final Documents documents;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public List<CommitteeSummary> readableBy(CmqUser user) {
        return reads.readableBy(user);
    }

    @Override
    @Transactional(readOnly = true)
    public RegionalCommittee of(String regionCode) {
        return reads.of(regionCode);
    }

    @Override
    public void nameSeats(CmqUser actor, String regionCode, long version, @Nullable String recteurName,
            @Nullable String presidentName) {
        keep(actor, regionCode);
        int updated = jdbc.sql("""
                        update regional_committee set recteur_name = :recteur, president_region_name = :president,
                               version = version + 1, updated_at = now(), updated_by = :actor
                        where region_code = :code and version = :version""")
                .param("recteur", recteurName).param("president", presidentName).param("actor", actor.email())
                .param("code", regionCode).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Comité " + regionCode + " modifié depuis la version " + version);
        }
        auditTrail.record("DESIGNATION_COMITE", AUDITED, regionCode, Map.of("recteur", String.valueOf(recteurName),
                "président", String.valueOf(presidentName)));
    }

    @Override
    public long addRepresentative(CmqUser actor, String regionCode, String filiereCode, String personName,
            @Nullable String organisation) {
        keep(actor, regionCode);
        long id = jdbc.sql("""
                        insert into committee_representative (committee_id, filiere_code, person_name, organisation)
                        select rc.id, f.code, :person, :organisation from regional_committee rc
                        join filiere f on f.code = :filiere where rc.region_code = :code
                        returning id""")
                .param("filiere", filiereCode).param("person", personName.strip()).param("organisation", organisation)
                .param("code", regionCode).query(Long.class).optional()
                .orElseThrow(() -> new InvalidFieldException("filiereCode", "Filière inconnue : " + filiereCode));
        auditTrail.record("AJOUT_REPRESENTANT", AUDITED, regionCode, Map.of("personne", personName.strip(),
                "filière", filiereCode));
        return id;
    }

    @Override
    public void removeRepresentative(CmqUser actor, String regionCode, long representativeId) {
        keep(actor, regionCode);
        String person = jdbc.sql("""
                        delete from committee_representative cr using regional_committee rc
                        where cr.id = :id and rc.id = cr.committee_id and rc.region_code = :code
                        returning cr.person_name""")
                .param("id", representativeId).param("code", regionCode).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Représentant " + representativeId + " introuvable"));
        auditTrail.record("RETRAIT_REPRESENTANT", AUDITED, regionCode, Map.of("personne", person));
    }

    @Override
    public long addMeeting(CmqUser actor, String regionCode, LocalDate heldOn, String agenda,
            @Nullable String decisions, @Nullable Upload minutes) {
        keep(actor, regionCode);
        if (heldOn.isAfter(LocalDate.now(clock)) && (decisions != null || minutes != null)) {
            throw new RuleViolationException("committee.meeting.not-held-yet");
        }
        Long documentId = minutes == null ? null
                : documents.add(minutes.filename(), minutes.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email()).id();
        long id = jdbc.sql("""
                        insert into committee_meeting (committee_id, held_on, agenda, decisions, minutes_document_id,
                                                       recorded_by)
                        select id, :heldOn, :agenda, :decisions, :document, :actor from regional_committee
                        where region_code = :code returning id""")
                .param("heldOn", heldOn).param("agenda", agenda.strip()).param("decisions", decisions)
                .param("document", documentId, Types.BIGINT).param("actor", actor.email())
                .param("code", regionCode).query(Long.class).single();
        auditTrail.record("AJOUT_REUNION_COMITE", AUDITED, regionCode, Map.of("date", heldOn.toString()));
        return id;
    }

    @Override
    public void changeMeeting(CmqUser actor, String regionCode, long meetingId, long version, LocalDate heldOn,
            String agenda, @Nullable String decisions, @Nullable Upload minutes) {
        keep(actor, regionCode);
        var meeting = reads.meeting(meetingId).filter(m -> m.regionCode().equals(regionCode))
                .orElseThrow(() -> new NotFoundException("Réunion " + meetingId + " introuvable"));
        if (heldOn.isAfter(LocalDate.now(clock))
                && (decisions != null || minutes != null || meeting.minutes() != null)) {
            throw new RuleViolationException("committee.meeting.not-held-yet");
        }
        Long documentId = minutes == null ? (meeting.minutes() == null ? null : meeting.minutes().id())
                : documents.add(minutes.filename(), minutes.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email()).id();
        int changed = jdbc.sql("""
                        update committee_meeting set held_on = :heldOn, agenda = :agenda, decisions = :decisions,
                               minutes_document_id = :document, version = version + 1, updated_at = now(),
                               updated_by = :actor
                        where id = :id and version = :version""")
                .param("heldOn", heldOn).param("agenda", agenda.strip()).param("decisions", decisions)
                .param("document", documentId, Types.BIGINT).param("actor", actor.email())
                .param("id", meetingId).param("version", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Réunion " + meetingId + " modifiée depuis la version " + version);
        }
        auditTrail.record("MODIFICATION_REUNION_COMITE", AUDITED, regionCode, Map.of("date", heldOn.toString()));
    }

    @Override
    public void removeMeeting(CmqUser actor, String regionCode, long meetingId) {
        keep(actor, regionCode);
        LocalDate heldOn = jdbc.sql("""
                        delete from committee_meeting m using regional_committee rc
                        where m.id = :id and rc.id = m.committee_id and rc.region_code = :code returning m.held_on""")
                .param("id", meetingId).param("code", regionCode).query(LocalDate.class).optional()
                .orElseThrow(() -> new NotFoundException("Réunion " + meetingId + " introuvable"));
        auditTrail.record("SUPPRESSION_REUNION_COMITE", AUDITED, regionCode, Map.of("date", heldOn.toString()));
    }

    /** Checks the actor keeps the région's comité, and makes its row at the first write. */
    private void keep(CmqUser actor, String regionCode) {
        guard.require(actor, RegionAction.KEEP, regionCode);
        jdbc.sql("insert into regional_committee (region_code) values (:code) on conflict (region_code) do nothing")
                .param("code", regionCode).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CommitteeMeeting> meeting(long meetingId) {
        return reads.meeting(meetingId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommitteeMeeting> meetings(String regionCode) {
        return reads.meetings(regionCode);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredDocument> minutes(String regionCode, long documentId) {
        return reads.minutes(regionCode, documentId);
    }
}
