package fr.cmq.steering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An action as written; its status goes only where {@link ActionStatus#next()} allows, abandon with a reason. Its
 * expected results are tied to indicators the campus follows ({@code indicatorCodes}).
 */
public record ActionDetails(
        @Nullable Long objectiveId,
        @Nullable String title,
        @Nullable String description,
        @Nullable String pilotName,
        @Nullable Long pilotMemberId,
        List<Long> memberIds,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        ActionStatus status,
        @Nullable String abandonReason,
        @Nullable BigDecimal budget,
        @Nullable String expectedResults,
        List<String> indicatorCodes) {
}
