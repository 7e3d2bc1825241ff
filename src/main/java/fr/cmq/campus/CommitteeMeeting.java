package fr.cmq.campus;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.documents.StoredDocument;

/**
 * A meeting of a regional comité: planned while its date is ahead, completed with its decisions and minutes once held;
 * its version guards two keepers completing it at once.
 */
public record CommitteeMeeting(long id, String regionCode, LocalDate heldOn, String agenda, @Nullable String decisions,
        @Nullable StoredDocument minutes, long version, @Nullable String updatedBy) {

    public boolean heldBy(LocalDate day) {
        return !heldOn.isAfter(day);
    }

    /** Held, without its decisions or its minutes yet. */
    public boolean toComplete(LocalDate day) {
        return heldBy(day) && (decisions == null || minutes == null);
    }
}
