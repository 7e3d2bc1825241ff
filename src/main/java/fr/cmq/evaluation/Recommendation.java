package fr.cmq.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A gap between the self and the external evaluation of a référence turned into a recommendation, with who carries it
 * and by when; the action plan gets an action from it ({@code actionId} once written there).
 */
public record Recommendation(long id, long evaluationId, String referenceCode, String text, String ownerName,
        LocalDate dueOn, Instant createdAt, String createdBy, @Nullable Long actionId) {

    /** The key the action plan keeps with the action it writes for this recommendation. */
    public static String origin(long recommendationId) {
        return "evaluation-recommendation:" + recommendationId;
    }
}
