package fr.cmq.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;

/**
 * What a campus does with the gaps between its self-evaluation and the published external evaluation: each can
 * become a recommendation with who carries it and by when, and the action plan gets an action from it (by
 * {@link fr.cmq.steering.ActionRequested}); the action links back to its recommendation.
 */
public interface Recommendations {

    /**
     * @throws fr.cmq.shared.RuleViolationException before the external evaluation is published
     * @throws fr.cmq.shared.InvalidFieldException for a text, an owner or a date missing or wrong
     * @throws fr.cmq.shared.NotFoundException for a référence the référentiel does not have
     */
    long recommend(CmqUser actor, long campusId, long evaluationId, String referenceCode, @Nullable String text,
            @Nullable String ownerName, @Nullable LocalDate dueOn);

    /** The recommendations of an evaluation, in the order made, each with its action once the plan wrote it. */
    List<Recommendation> of(long campusId, long evaluationId);
}
