package fr.cmq.labelling;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Category;

/**
 * The arrêté interministériel on a dossier: granted or refused, and for a label its category, its duration (five
 * years at most since 2019) and its start; the arrêté's NOR, its date and the ministries that sign it.
 */
public record Decision(
        boolean granted,
        @Nullable Category category,
        @Nullable Integer durationYears,
        @Nullable LocalDate startDate,
        @Nullable String nor,
        @Nullable LocalDate decidedOn,
        @Nullable String ministries) {

    public static final int MAX_YEARS = 5;

    /** The last day of the label: the day before the same date {@code durationYears} later. */
    public @Nullable LocalDate labelEnd() {
        return granted && startDate != null && durationYears != null
                ? startDate.plusYears(durationYears).minusDays(1) : null;
    }
}
