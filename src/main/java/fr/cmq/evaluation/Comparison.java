package fr.cmq.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.cmq.labelling.Verdict;

/**
 * The self-evaluation and its published external evaluation side by side: per référence the two positions and the gap
 * (the experts' minus the team's), per domain the two averages and the experts' verdict. A gap of
 * {@value #MARKED_GAP} steps or more is marked: the two readings of the référence disagree, not only shade.
 */
public record Comparison(List<Line> lines, List<DomainLine> domains) {

    public static final int MARKED_GAP = 2;

    public record Line(int domain, String code, String title, @Nullable Integer self, @Nullable Integer external,
            @Nullable String selfComment, @Nullable String externalComment) {

        public @Nullable Integer gap() {
            return self == null || external == null ? null : external - self;
        }

        public boolean differs() {
            var gap = gap();
            return gap != null && gap != 0;
        }

        public boolean marked() {
            var gap = gap();
            return gap != null && Math.abs(gap) >= MARKED_GAP;
        }
    }

    /** A domain's averages on the scale of four steps (one decimal), the experts' verdict, how many gaps it holds. */
    public record DomainLine(int number, String title, @Nullable BigDecimal self, @Nullable BigDecimal external,
            @Nullable Verdict verdict, @Nullable String reasons, int gaps, int marked) {

        /** The bars' lengths for the chart, in percent of the scale's four steps. */
        public int selfPercent() {
            return percent(self);
        }

        public int externalPercent() {
            return percent(external);
        }
    }

    /** The two side by side; without an external evaluation (not published), the team's side alone. */
    public static Comparison of(Framework framework, SelfAssessment self, @Nullable ExternalEvaluation external) {
        var lines = framework.domains().stream().flatMap(domain -> domain.references().stream().map(reference -> {
            var mine = self.answer(reference.code());
            var theirs = external == null ? null : external.position(reference.code());
            return new Line(domain.number(), reference.code(), reference.title(), mine == null ? null : mine.position(),
                    theirs == null ? null : theirs.position(), mine == null ? null : mine.comment(),
                    theirs == null ? null : theirs.comment());
        })).toList();
        var domains = framework.domains().stream().map(domain -> {
            var own = lines.stream().filter(line -> line.domain() == domain.number()).toList();
            var verdict = external == null ? null : external.domain(domain.number());
            return new DomainLine(domain.number(), domain.title(), average(own.stream().map(Line::self).toList()),
                    average(own.stream().map(Line::external).toList()), verdict == null ? null : verdict.verdict(),
                    verdict == null ? null : verdict.reasons(), (int) own.stream().filter(Line::differs).count(),
                    (int) own.stream().filter(Line::marked).count());
        }).toList();
        return new Comparison(lines, domains);
    }

    /** The average of the positions given, one decimal; null when none is. */
    static @Nullable BigDecimal average(List<@Nullable Integer> positions) {
        var given = positions.stream().filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            return null;
        }
        int sum = given.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP);
    }

    private static int percent(@Nullable BigDecimal average) {
        return average == null ? 0 : average.multiply(BigDecimal.valueOf(25)).setScale(0, RoundingMode.HALF_UP)
                .intValue();
    }
}
