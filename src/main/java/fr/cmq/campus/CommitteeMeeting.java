package fr.cmq.campus;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.documents.StoredDocument;

/** A meeting of a regional comité: planned while its date is ahead, with its decisions and minutes once held. */
public record CommitteeMeeting(long id, String regionCode, LocalDate heldOn, String agenda, @Nullable String decisions,
        @Nullable StoredDocument minutes) {

    public boolean heldBy(LocalDate day) {
        return !heldOn.isAfter(day);
    }
}
