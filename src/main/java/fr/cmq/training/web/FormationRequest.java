package fr.cmq.training.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.web.SingleLine;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.FormationDetails;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;

/**
 * A formation as the API receives it; {@code version} is the one read, needed to change it. With a
 * {@code certificationId} of the reference, the title, type, RNCP code and level may be left out.
 */
record FormationRequest(
        @NotNull(message = "{formation.form.member.required}") @Nullable Long memberId,
        @Nullable Long siteId,
        @SingleLine @Size(max = 20) @Nullable String certificationId,
        @SingleLine @Size(max = 300, message = "{formation.form.title.size}") @Nullable String title,
        @SingleLine @Size(max = 100, message = "{formation.form.type.size}") @Nullable String typeLabel,
        @SingleLine @Size(max = 12) @Nullable String rncpCode,
        @Min(value = 3, message = "{formation.form.level.range}") @Max(value = 8, message = "{formation.form.level.range}")
        @Nullable Integer level,
        @Size(max = 4) @Nullable List<@Valid @NotNull Status> statuses,
        @SingleLine @Size(max = 100, message = "{formation.form.duration.size}") @Nullable String duration,
        @SingleLine @Size(max = 200, message = "{formation.form.startDates.size}") @Nullable String startDates,
        @Nullable AdmissionRoute admission,
        @Nullable Boolean accessible,
        @SingleLine @Size(max = 200, message = "{formation.form.referent.size}") @Nullable String handicapReferent,
        @Size(max = 2000, message = "{formation.form.adaptations.size}") @Nullable String adaptations,
        @Size(max = 4000, message = "{formation.form.description.size}") @Nullable String description,
        @Nullable Long version) {

    record Status(
            @NotNull(message = "{formation.form.status.required}") @Nullable LearnerStatus status,
            @Positive(message = "{formation.form.capacity.positive}") @Max(100_000) @Nullable Integer capacity) {
    }

    FormationDetails toDetails() {
        return new FormationDetails(memberId, siteId, certificationId, title, typeLabel, rncpCode, level,
                statuses == null ? List.of() : statuses.stream().map(s -> new OpenStatus(s.status(), s.capacity())).toList(),
                duration, startDates, admission, Boolean.TRUE.equals(accessible), handicapReferent, adaptations, description);
    }
}
