package fr.cmq.campus;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.documents.StoredDocument;

/** A governance body of a campus, who sits on it, and its meetings, the latest first. */
public record Instance(long id, InstanceKind kind, String name, List<Seat> seats, List<Meeting> meetings) {

    public record Seat(long id, String personName, SeatQuality quality, @Nullable String organisation) {
    }

    public record Meeting(long id, LocalDate heldOn, String agenda, @Nullable String decisions,
            @Nullable StoredDocument minutes) {
    }
}
