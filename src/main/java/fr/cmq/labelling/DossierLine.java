package fr.cmq.labelling;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Category;

/** A dossier as one line of a campaign's export: where it stands at each step. */
public record DossierLine(
        long id,
        String campus,
        @Nullable String regionCode,
        String academieCodes,
        String campaign,
        DossierKind kind,
        DossierState state,
        int answered,
        int criteria,
        @Nullable LocalDate deadline,
        @Nullable String signedBy,
        @Nullable String academieCosignedBy,
        @Nullable String regionCosignedBy,
        @Nullable Verdict caen,
        @Nullable Verdict crefop,
        int experts,
        int reports,
        @Nullable Boolean granted,
        @Nullable Category category,
        @Nullable Integer durationYears,
        @Nullable String nor,
        Instant updatedAt) {
}
