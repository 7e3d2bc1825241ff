package fr.cmq.labelling;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A campaign as the administration opens it: its kinds, its grid version and its calendar, in order. */
public record NewCampaign(@Nullable String title, List<DossierKind> kinds, @Nullable String gridVersion,
        @Nullable LocalDate opensOn, @Nullable LocalDate depositDeadline, @Nullable LocalDate avisDeadline,
        @Nullable LocalDate reviewDeadline, @Nullable LocalDate decisionDate) {
}
