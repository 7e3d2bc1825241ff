package fr.cmq.campus.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDocuments;
import fr.cmq.campus.CampusEvent;
import fr.cmq.campus.GovernanceChanged;
import fr.cmq.campus.OfficialDocuments;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/** {@link CampusDocuments} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional
@RequiredArgsConstructor
class JdbcCampusDocuments implements CampusDocuments {

    private final JdbcClient jdbc;
    private final Documents documents;
    private final CampusRepository campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    @Override
    @Transactional(readOnly = true)
    public OfficialDocuments of(long campusId) {
        var campus = campuses.findById(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
        return new OfficialDocuments(campus.getMissionLetterDate(), document(campus.getMissionLetterDocumentId()),
                campus.getConventionDate(), document(campus.getConventionDocumentId()),
                document(campus.getLogoDocumentId()));
    }

    /**
     * Records the lettre de mission of the directeur opérationnel: its date, and the signed letter when given. Like
     * every write to a campus, it goes through the campus and its version, so that no other change is overwritten.
     */
    @Override
    public void recordMissionLetter(CmqUser actor, long campusId, LocalDate signedOn, @Nullable Upload letter) {
        var campus = editable(actor, CampusAction.EDIT_AS_PILOT, campusId);
        var details = new LinkedHashMap<String, Object>(Map.of("date", signedOn.toString()));
        Long documentId = null;
        if (letter != null) {
            var stored = documents.add(letter.filename(), letter.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email());
            documentId = stored.id();
            details.put("document", stored.filename());
        }
        campus.recordMissionLetter(signedOn, documentId);
        saved(campus, actor);
        auditTrail.record("LETTRE_DE_MISSION", "campus", campusId, details);
        events.publishEvent(new GovernanceChanged(campusId));
    }

    @Override
    public void attachConvention(CmqUser actor, long campusId, Upload convention) {
        var campus = editable(actor, CampusAction.EDIT, campusId);
        var stored = documents.add(convention.filename(), convention.content(), AcceptedTypes.OFFICE_DOCUMENTS,
                actor.email());
        campus.attachConvention(stored.id());
        saved(campus, actor);
        auditTrail.record("CONVENTION", "campus", campusId, Map.of("document", stored.filename()));
        events.publishEvent(new GovernanceChanged(campusId));
    }

    @Override
    public void attachLogo(CmqUser actor, long campusId, Upload logo) {
        var campus = editable(actor, CampusAction.EDIT, campusId);
        var stored = documents.add(logo.filename(), logo.content(), AcceptedTypes.IMAGES, actor.email());
        campus.attachLogo(stored.id());
        saved(campus, actor);
        auditTrail.record("LOGO", "campus", campusId, Map.of("document", stored.filename()));
        events.publishEvent(new CampusEvent.ProfileChanged(campusId));
    }

    /** A document of the campus (official or minutes of a meeting) that this user may read. */
    @Override
    @Transactional(readOnly = true)
    public StoredDocument readable(@Nullable CmqUser reader, long campusId, long documentId) {
        guard.require(reader, campusId, CampusAction.READ_PRIVATE);
        boolean belongs = jdbc.sql("""
                        select exists (select 1 from campus c where c.id = :campusId and :documentId in
                                         (c.mission_letter_document_id, c.convention_document_id, c.logo_document_id))
                            or exists (select 1 from instance_meeting m join campus_instance i on i.id = m.instance_id
                                       where i.campus_id = :campusId and m.minutes_document_id = :documentId)""")
                .param("campusId", campusId).param("documentId", documentId).query(Boolean.class).single();
        return (belongs ? documents.find(documentId) : Optional.<StoredDocument>empty())
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " introuvable pour ce campus"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredDocument> logo(long campusId) {
        return jdbc.sql("select logo_document_id from campus where id = :id").param("id", campusId)
                .query(Long.class).optional().flatMap(documents::find);
    }

    private @Nullable StoredDocument document(@Nullable Long id) {
        return id == null ? null : documents.find(id).orElse(null);
    }

    private CampusEntity editable(CmqUser actor, CampusAction action, long campusId) {
        var campus = campuses.findById(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
        guard.require(actor, campus.scope(), action);
        return campus;
    }

    private void saved(CampusEntity campus, CmqUser actor) {
        campus.touchedBy(actor.email());
        campuses.saveAndFlush(campus);
    }
}
