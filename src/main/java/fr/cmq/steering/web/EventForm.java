package fr.cmq.steering.web;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.cmq.shared.web.SingleLine;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.Audience;
import fr.cmq.steering.EventDetails;
import fr.cmq.steering.EventKind;
import fr.cmq.steering.MemberRef;

/** An event as its team types it: date and time fields in the local time of France, the version read. */
record EventForm(
        @NotNull(message = "{event.form.kind.required}") @Nullable EventKind kind,
        @NotBlank(message = "{event.form.title.required}") @SingleLine @Size(max = 300, message = "{action.form.title.size}") @Nullable String title,
        @NotNull(message = "{event.form.starts.required}") @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime startsAt,
        @NotNull(message = "{event.form.ends.required}") @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime endsAt,
        @Nullable Long siteId,
        @SingleLine @Size(max = 300, message = "{action.form.title.size}") @Nullable String address,
        @SingleLine @Size(max = 200, message = "{event.form.town.size}") @Nullable String town,
        @Nullable List<Audience> audiences,
        @Nullable List<Integer> levels,
        @Nullable List<Long> memberIds,
        @Nullable Long actionId,
        @Size(max = 4000, message = "{action.form.text.size}") @Nullable String description,
        @SingleLine @Size(max = 500, message = "{event.form.link.size}") @Nullable String registrationUrl,
        @Nullable Boolean published,
        @Nullable Long version) {

    static EventForm blank() {
        return new EventForm(null, null, null, null, null, null, null, List.of(), List.of(), List.of(), null, null, null,
                true, null);
    }

    static EventForm of(AgendaEvent event) {
        return new EventForm(event.kind(), event.title(), event.startsAt(), event.endsAt(), event.siteId(),
                event.siteId() == null ? event.place() : null, event.siteId() == null ? event.town() : null,
                event.audiences(), event.levels(), event.members().stream().map(MemberRef::id).toList(), event.actionId(),
                event.description(), event.registrationUrl(), event.published(), event.version());
    }

    EventForm over(long currentVersion) {
        return new EventForm(kind, title, startsAt, endsAt, siteId, address, town, audiences, levels, memberIds, actionId,
                description, registrationUrl, published, currentVersion);
    }

    public boolean has(Object value) {
        return (audiences != null && audiences.contains(value)) || (levels != null && levels.contains(value))
                || (memberIds != null && memberIds.contains(value));
    }

    EventDetails toDetails() {
        return new EventDetails(kind, title, startsAt, endsAt, siteId, address, town,
                audiences == null ? List.of() : audiences, levels == null ? List.of() : levels,
                memberIds == null ? List.of() : memberIds, actionId, description, registrationUrl,
                Boolean.TRUE.equals(published), null);
    }
}
