package fr.cmq.labelling;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An expert's part in a dossier: assigned, no conflict of interest declared before reading, a score per criterion
 * (1 to 4) with its comment, and a report ending with an overall verdict (its reasons are the report); {@code submittedAt}
 * once handed in. Hidden from the campus until the
 * decision.
 */
public record Review(long expertId, String expertName, ExpertCollege college, @Nullable Instant noConflictDeclaredAt,
        Map<String, Score> scores, @Nullable String report, @Nullable Verdict verdict, @Nullable Instant submittedAt) {

    /** A criterion's score: 1 non satisfait, 2 partiellement, 3 satisfait, 4 au-delà des attendus. */
    public record Score(int value, @Nullable String comment) {
    }
}
