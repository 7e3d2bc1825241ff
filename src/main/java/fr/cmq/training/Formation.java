package fr.cmq.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.directory.Level;

/** A formation as pages and the API show it: what, at which level, by whom, where, under which statuses. */
public record Formation(
        long id,
        long campusId,
        String campusName,
        long memberId,
        String memberName,
        @Nullable String memberUai,
        @Nullable Long siteId,
        @Nullable String placeName,
        @Nullable String commune,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String certificationId,
        String title,
        @Nullable String typeLabel,
        @Nullable String rncpCode,
        int level,
        List<OpenStatus> statuses,
        @Nullable String duration,
        @Nullable String startDates,
        @Nullable AdmissionRoute admission,
        boolean accessible,
        @Nullable String handicapReferent,
        @Nullable String adaptations,
        @Nullable String description,
        @Nullable String onisepUrl,
        @Nullable Double distanceKm,
        long version) {

    /** "Bac +2 (niveau 5)". */
    public String levelInWords() {
        return Level.of(level).map(Level::inWords).orElseThrow();
    }
}
