package fr.cmq.labelling;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a transition needs beyond its name: the reason of a send-back or a withdrawal, the avis being recorded, or
 * the decision.
 */
public record StepDetails(
        @Nullable String reason,
        @Nullable OpinionBody body,
        @Nullable Verdict verdict,
        @Nullable LocalDate givenOn,
        @Nullable String text,
        @Nullable Decision decision) {

    public static final StepDetails NONE = new StepDetails(null, null, null, null, null, null);

    public static StepDetails because(String reason) {
        return new StepDetails(reason, null, null, null, null, null);
    }

    public static StepDetails opinion(OpinionBody body, Verdict verdict, LocalDate givenOn, @Nullable String text) {
        return new StepDetails(null, body, verdict, givenOn, text, null);
    }

    public static StepDetails deciding(Decision decision) {
        return new StepDetails(null, null, null, null, null, decision);
    }
}
