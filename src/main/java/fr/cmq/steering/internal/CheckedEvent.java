package fr.cmq.steering.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.steering.Audience;
import fr.cmq.steering.EventKind;

/** An event's details once checked against its campus: what the entity takes. */
record CheckedEvent(EventKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable Long siteId,
        @Nullable String address, @Nullable String town, List<Audience> audiences, List<Integer> levels,
        @Nullable Long actionId, @Nullable String description, @Nullable String registrationUrl, boolean published) {
}
