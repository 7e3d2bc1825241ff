package fr.cmq.labelling;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.documents.StoredDocument;

/**
 * The DO's answer to one criterion: a text, the facts of the platform it points at and the pieces attached.
 * {@code complete}: something is said (a text, a fact or a piece).
 */
public record Answer(Criterion criterion, @Nullable String text, List<Fact> facts, List<StoredDocument> pieces) {

    public boolean complete() {
        return (text != null && !text.isBlank()) || !facts.isEmpty() || !pieces.isEmpty();
    }
}
