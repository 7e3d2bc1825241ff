package fr.cmq.steering.web;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.web.SingleLine;
import fr.cmq.steering.Audience;
import fr.cmq.steering.EventDetails;
import fr.cmq.steering.EventKind;

/** An event in JSON: local times of France ("2026-12-03T14:00"), the version read to change it. */
record EventRequest(
        @NotNull(message = "{event.form.kind.required}") @Nullable EventKind kind,
        @NotBlank(message = "{event.form.title.required}") @SingleLine @Size(max = 300, message = "{action.form.title.size}") @Nullable String title,
        @NotNull(message = "{event.form.starts.required}") @Nullable LocalDateTime startsAt,
        @NotNull(message = "{event.form.ends.required}") @Nullable LocalDateTime endsAt,
        @Nullable Long siteId,
        @SingleLine @Size(max = 300, message = "{action.form.title.size}") @Nullable String address,
        @SingleLine @Size(max = 200, message = "{event.form.town.size}") @Nullable String town,
        @Nullable List<@NotNull Audience> audiences,
        @Nullable List<@NotNull Integer> levels,
        @Nullable List<@NotNull Long> memberIds,
        @Nullable Long actionId,
        @Size(max = 4000, message = "{action.form.text.size}") @Nullable String description,
        @SingleLine @Size(max = 500, message = "{event.form.link.size}") @Nullable String registrationUrl,
        @Nullable Boolean published,
        @Nullable Integer attendance,
        @Nullable Long version) {

    EventDetails toDetails() {
        return new EventDetails(kind, title, startsAt, endsAt, siteId, address, town,
                audiences == null ? List.of() : audiences, levels == null ? List.of() : levels,
                memberIds == null ? List.of() : memberIds, actionId, description, registrationUrl,
                !Boolean.FALSE.equals(published), attendance);
    }
}
