package fr.cmq.campus.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusDocuments;
import fr.cmq.campus.OfficialDocuments;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.web.NotFoundException;

/** {@link CampusDocuments} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional
class JdbcCampusDocuments implements CampusDocuments {

    private final JdbcClient jdbc;
    private final Documents documents;
    private final CampusDirectory directory;
    private final CampusAccess access;
    private final AuditTrail auditTrail;

    JdbcCampusDocuments(JdbcClient jdbc, Documents documents, CampusDirectory directory, CampusAccess access,
            AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.directory = directory;
        this.access = access;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional(readOnly = true)
    public OfficialDocuments of(long campusId) {
        return jdbc.sql("""
                        select mission_letter_date, mission_letter_document_id, convention_date, convention_document_id,
                               logo_document_id
                        from campus where id = :id""")
                .param("id", campusId)
                .query((row, n) -> new OfficialDocuments(row.getObject("mission_letter_date", LocalDate.class),
                        document(row.getObject("mission_letter_document_id", Long.class)),
                        row.getObject("convention_date", LocalDate.class),
                        document(row.getObject("convention_document_id", Long.class)),
                        document(row.getObject("logo_document_id", Long.class))))
                .optional()
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
    }

    /** Records the lettre de mission of the directeur opérationnel: its date, and the signed letter when given. */
    @Override
    public void recordMissionLetter(CmqUser actor, long campusId, LocalDate signedOn, @Nullable Upload letter) {
        check(actor, CampusAction.EDIT_AS_PILOT, campusId);
        var details = new LinkedHashMap<String, Object>(Map.of("date", signedOn.toString()));
        Long documentId = null;
        if (letter != null) {
            var stored = documents.add(letter.filename(), letter.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email());
            documentId = stored.id();
            details.put("document", stored.filename());
        }
        jdbc.sql("""
                update campus set mission_letter_date = :date,
                    mission_letter_document_id = coalesce(:documentId, mission_letter_document_id)
                where id = :id""")
                .param("date", signedOn).param("documentId", documentId, java.sql.Types.BIGINT).param("id", campusId)
                .update();
        auditTrail.record("LETTRE_DE_MISSION", "campus", campusId, details);
    }

    @Override
    public void attachConvention(CmqUser actor, long campusId, Upload convention) {
        attach(actor, campusId, "convention_document_id", convention, AcceptedTypes.OFFICE_DOCUMENTS, "CONVENTION");
    }

    @Override
    public void attachLogo(CmqUser actor, long campusId, Upload logo) {
        attach(actor, campusId, "logo_document_id", logo, AcceptedTypes.IMAGES, "LOGO");
    }

    /** A document of the campus (official or minutes of a meeting) that this user may read. */
    @Override
    @Transactional(readOnly = true)
    public StoredDocument readable(@Nullable CmqUser reader, long campusId, long documentId) {
        check(reader, CampusAction.READ_PRIVATE, campusId);
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

    private void attach(CmqUser actor, long campusId, String column, Upload upload, AcceptedTypes accepted,
            String audited) {
        check(actor, CampusAction.EDIT, campusId);
        var stored = documents.add(upload.filename(), upload.content(), accepted, actor.email());
        jdbc.sql("update campus set " + column + " = :documentId where id = :id")
                .param("documentId", stored.id()).param("id", campusId).update();
        auditTrail.record(audited, "campus", campusId, Map.of("document", stored.filename()));
    }

    private @Nullable StoredDocument document(@Nullable Long id) {
        return id == null ? null : documents.find(id).orElse(null);
    }

    private void check(@Nullable CmqUser user, CampusAction action, long campusId) {
        access.check(user, action, directory.scope(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable")));
    }
}
