package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An action's details once checked against its campus: what the entity takes. */
record CheckedAction(@Nullable Long objectiveId, String title, @Nullable String description, String pilotName,
        @Nullable Long pilotMemberId, LocalDate startsOn, LocalDate endsOn, @Nullable BigDecimal budget,
        @Nullable String expectedResults, List<String> indicatorCodes) {
}
