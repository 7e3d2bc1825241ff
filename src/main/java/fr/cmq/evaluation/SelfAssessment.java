package fr.cmq.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A self-evaluation of a campus on the version of the référentiel it started with: its state, the team's answers and
 * the documents it gave, by référence code, and the transitions it may take now.
 */
public record SelfAssessment(long id, long campusId, long frameworkId, String frameworkVersion,
        SelfAssessmentState state, Instant openedAt, String openedBy, @Nullable Instant submittedAt, long version,
        Map<String, Answer> answers, List<SelfAssessmentTransition> allowedTransitions,
        Map<String, List<Document>> documents) {

    /** A document the team gave as evidence of a référence, kept in the document store. */
    public record Document(long id, String filename) {
    }

    /** The documents given for a référence, in the order given. */
    public List<Document> documentsOf(String referenceCode) {
        return documents.getOrDefault(referenceCode, List.of());
    }

    /** The team's answer to a référence: its position on the scale of four steps, its comment, the facts it counts. */
    public record Answer(String referenceCode, @Nullable Integer position, @Nullable String comment,
            List<FactKind> facts, long version, @Nullable Instant updatedAt, @Nullable String updatedBy) {
    }

    /** How many références of the domain have a position, out of how many. */
    public record Progress(int domain, int positioned, int references) {

        public boolean complete() {
            return positioned == references;
        }
    }

    /** The progress of each domain of the référentiel. */
    public List<Progress> progress(Framework framework) {
        return framework.domains().stream().map(domain -> {
            var codes = domain.references().stream().map(Framework.Reference::code).toList();
            int positioned = (int) codes.stream().filter(code -> answers.containsKey(code)
                    && answers.get(code).position() != null).count();
            return new Progress(domain.number(), positioned, codes.size());
        }).toList();
    }

    public @Nullable Answer answer(String referenceCode) {
        return answers.get(referenceCode);
    }
}
