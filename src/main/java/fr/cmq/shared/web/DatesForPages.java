package fr.cmq.shared.web;

import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.FrenchDates;

/** {@link FrenchDates} for the templates: {@code ${@dates.day(d)}}, {@code ${@dates.moment(i)}}. */
class DatesForPages {

    public String day(@Nullable TemporalAccessor when) {
        return FrenchDates.day(when);
    }

    public String moment(@Nullable TemporalAccessor when) {
        return FrenchDates.moment(when);
    }

    public String time(@Nullable TemporalAccessor when) {
        return FrenchDates.time(when);
    }
}
