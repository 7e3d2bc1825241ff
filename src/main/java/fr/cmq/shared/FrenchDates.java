package fr.cmq.shared;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

/**
 * Dates and times as people in France read them, written once: a day as {@code 24/11/2026}, a moment as
 * {@code 24/11/2026 14:30} in French time (Europe/Paris), whatever the server's own zone. Pages reach them as
 * {@code @dates} ({@code shared.web.DatesForPages}).
 */
public final class FrenchDates {

    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(FRANCE);
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(FRANCE);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(FRANCE);

    private FrenchDates() {
    }

    /** A date, a date-time or an instant as its day; empty for none. */
    public static String day(@Nullable TemporalAccessor when) {
        return when == null ? "" : DAY.format(when);
    }

    /** A date-time or an instant with its hour and minute, in French time; empty for none. */
    public static String moment(@Nullable TemporalAccessor when) {
        return when == null ? "" : MOMENT.format(when);
    }

    /** The hour and minute alone, in French time; empty for none. */
    public static String time(@Nullable TemporalAccessor when) {
        return when == null ? "" : TIME.format(when);
    }
}
