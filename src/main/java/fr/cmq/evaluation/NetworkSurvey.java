package fr.cmq.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire of a self-evaluation put to one group of the network on one domain: its link's secret, how many
 * answered, whether it still takes answers.
 */
public record NetworkSurvey(long id, long assessmentId, long campusId, Audience audience, int domain, String token,
        Instant openedAt, @Nullable Instant closedAt, int responses) {

    public boolean open() {
        return closedAt == null;
    }
}
