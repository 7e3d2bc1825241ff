package fr.cmq.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.Verdict;

/**
 * The experts' evaluation of a submitted self-evaluation, on the same référentiel: their position and comment per
 * référence, a verdict with its reasons per domain and overall. {@code sealed}: the reader is not allowed to read its
 * content yet (an expert before declaring no conflict of interest, the campus before publication) — the experts and
 * the state are said, the rest is empty.
 */
public record ExternalEvaluation(long id, long campusId, long assessmentId, ExternalEvaluationState state,
        List<AssignedExpert> experts, Map<String, Position> positions, Map<Integer, DomainVerdict> domains,
        @Nullable Verdict verdict, @Nullable String reasons, Instant openedAt, @Nullable Instant publishedAt,
        long version, boolean sealed) {

    /** An expert assigned, and when it declared no conflict of interest with the campus (null: not yet). */
    public record AssignedExpert(long expertId, String name, ExpertCollege college, @Nullable Instant declaredAt) {
    }

    public record Position(String referenceCode, int position, @Nullable String comment, long version,
            Instant updatedAt, String updatedBy) {
    }

    public record DomainVerdict(int domain, Verdict verdict, String reasons, long version, Instant updatedAt,
            String updatedBy) {
    }

    /** What is still to write before it may be published: références without a position, domains without a verdict. */
    public record Missing(int positions, int domains, boolean verdict) {

        public boolean none() {
            return positions == 0 && domains == 0 && !verdict;
        }
    }

    public Missing missing(Framework framework) {
        int references = framework.referenceCount();
        int judged = (int) framework.domains().stream().filter(d -> domains.containsKey(d.number())).count();
        return new Missing(references - positions.size(), framework.domains().size() - judged, verdict == null);
    }

    /** How many références of the domain the experts positioned. */
    public int positioned(Framework.Domain domain) {
        return (int) domain.references().stream().filter(r -> positions.containsKey(r.code())).count();
    }

    public @Nullable Position position(String referenceCode) {
        return positions.get(referenceCode);
    }

    public @Nullable DomainVerdict domain(int number) {
        return domains.get(number);
    }
}
