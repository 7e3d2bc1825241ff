package fr.cmq.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A formation as a parcours or a passerelle shows it. */
public record StepOfPath(long formationId, String title, int level, String levelInWords, String memberName,
        @Nullable String commune, List<LearnerStatus> statuses) {
}
