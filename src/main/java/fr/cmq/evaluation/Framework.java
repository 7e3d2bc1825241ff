package fr.cmq.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A version of the référentiel of evaluation, as loaded: its seven domains, their champs and their références. A
 * version never changes once loaded; an evaluation keeps the version it started with.
 */
public record Framework(long id, String version, String title, Instant loadedAt, List<Domain> domains) {

    /** A domain of the référentiel, numbered 0 to 6 as the texts number them. */
    public record Domain(int number, String title, List<Field> fields) {

        public List<Reference> references() {
            return fields.stream().flatMap(field -> field.references().stream()).toList();
        }
    }

    /** A champ of a domain ({@code 1.2}). */
    public record Field(String code, String title, List<Reference> references) {
    }

    /**
     * A référence ({@code 1.2.1}): its criteria, the level expected and examples of evidence shown to whoever answers,
     * the indicators of the steering catalogue that inform it (by code) and the kinds of the platform's facts that
     * prove it.
     */
    public record Reference(String code, String title, String criteria, String expectedLevel,
            @Nullable String evidenceExamples, List<String> indicators, List<FactKind> facts) {
    }

    public int referenceCount() {
        return references().size();
    }

    /** Every référence, domain after domain. */
    public List<Reference> references() {
        return domains.stream().flatMap(domain -> domain.references().stream()).toList();
    }

    public Optional<Reference> reference(String code) {
        return references().stream().filter(reference -> reference.code().equals(code)).findFirst();
    }
}
