package fr.cmq.training.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.OpenStatus;

/** A formation's details once checked, completed from its certification, and trimmed. */
record CheckedFormation(
        long memberId,
        @Nullable Long siteId,
        @Nullable String certificationId,
        String title,
        @Nullable String typeLabel,
        @Nullable String rncpCode,
        int level,
        @Nullable String onisepUrl,
        List<OpenStatus> statuses,
        @Nullable String duration,
        @Nullable String startDates,
        @Nullable AdmissionRoute admission,
        boolean accessible,
        @Nullable String handicapReferent,
        @Nullable String adaptations,
        @Nullable String description) {
}
