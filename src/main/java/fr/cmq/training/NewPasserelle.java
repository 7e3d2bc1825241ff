package fr.cmq.training;

import org.jspecify.annotations.Nullable;

/** A passerelle to add between two formations of a campus, with the statuses it goes from and to, if it says. */
public record NewPasserelle(long fromFormationId, long toFormationId, @Nullable LearnerStatus fromStatus,
        @Nullable LearnerStatus toStatus, String conditions) {
}
