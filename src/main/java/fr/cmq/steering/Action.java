package fr.cmq.steering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An action of a campus's plan, "pilotée en mode projet": its pilot (a person and the member that leads it), the
 * members involved, its dates and status, its budget, its expected results with the indicators they should move, and
 * its progress notes, newest first.
 * {@code late}: still open after its end date; {@code originPath}: the page of what asked for it (a recommendation of an
 * external evaluation), when it was not typed in the plan.
 */
public record Action(
        long id,
        long campusId,
        @Nullable Long objectiveId,
        @Nullable String objectiveTitle,
        String title,
        @Nullable String description,
        String pilotName,
        @Nullable Long pilotMemberId,
        @Nullable String pilotMemberName,
        List<MemberRef> members,
        LocalDate startsOn,
        LocalDate endsOn,
        ActionStatus status,
        @Nullable String abandonReason,
        @Nullable BigDecimal budget,
        @Nullable String expectedResults,
        List<IndicatorRef> indicators,
        List<ActionNote> notes,
        boolean late,
        long version,
        Instant updatedAt,
        @Nullable String updatedBy,
        @Nullable String originPath) {
}
