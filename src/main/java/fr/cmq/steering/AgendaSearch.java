package fr.cmq.steering;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The public agenda's filters: words, filière, région, audience, kind, and the days it covers (from today unless said). */
public record AgendaSearch(
        @Nullable String words,
        @Nullable String filiere,
        @Nullable String region,
        @Nullable Audience audience,
        @Nullable EventKind kind,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long campusId) {

    public static AgendaSearch ofCampus(long campusId, LocalDate from) {
        return new AgendaSearch(null, null, null, null, null, from, null, campusId);
    }
}
