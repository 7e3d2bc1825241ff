package fr.cmq.steering;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An event as its campus team writes it: a site of the campus or an address, at least one audience. */
public record EventDetails(
        @Nullable EventKind kind,
        @Nullable String title,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable Long siteId,
        @Nullable String address,
        @Nullable String town,
        List<Audience> audiences,
        List<Integer> levels,
        List<Long> memberIds,
        @Nullable Long actionId,
        @Nullable String description,
        @Nullable String registrationUrl,
        boolean published,
        @Nullable Integer attendance) {
}
