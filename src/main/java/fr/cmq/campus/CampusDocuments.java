package fr.cmq.campus;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;

/**
 * The official documents of a campus. The lettre de mission is signed by the recteur, so the pilots record it; the
 * campus team keeps the convention and the logo. Only the logo is public.
 */
public interface CampusDocuments {

    OfficialDocuments of(long campusId);

    /** Records the lettre de mission of the directeur opérationnel: its date, and the signed letter when given. */
    void recordMissionLetter(CmqUser actor, long campusId, LocalDate signedOn, @Nullable Upload letter);

    void attachConvention(CmqUser actor, long campusId, Upload convention);

    void attachLogo(CmqUser actor, long campusId, Upload logo);

    /** A document of the campus (official or minutes of a meeting) that this user may read. */
    StoredDocument readable(@Nullable CmqUser reader, long campusId, long documentId);

    Optional<StoredDocument> logo(long campusId);
}
