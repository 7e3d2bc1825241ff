package fr.cmq.labelling;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The DO's answer to one criterion: a text and the facts of the platform it points at. {@code complete}: something
 * is said (a text or a fact).
 */
public record Answer(Criterion criterion, @Nullable String text, List<Fact> facts) {

    public boolean complete() {
        return (text != null && !text.isBlank()) || !facts.isEmpty();
    }
}
