package fr.cmq.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the campus team or a member's contact says of a formation. The certification, when given, is the reference's
 * (ONISEP id); the title, type, RNCP code and level then default to its own.
 */
public record FormationDetails(
        long memberId,
        @Nullable Long siteId,
        @Nullable String certificationId,
        @Nullable String title,
        @Nullable String typeLabel,
        @Nullable String rncpCode,
        @Nullable Integer level,
        List<OpenStatus> statuses,
        @Nullable String duration,
        @Nullable String startDates,
        @Nullable AdmissionRoute admission,
        boolean accessible,
        @Nullable String handicapReferent,
        @Nullable String adaptations,
        @Nullable String description) {
}
