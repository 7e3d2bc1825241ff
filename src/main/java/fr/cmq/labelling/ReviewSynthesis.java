package fr.cmq.labelling;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The experts' scores side by side, for the decision: per criterion each expert's score, their mean and their spread
 * (the highest less the lowest; two steps or more apart is a divergence to read), and each expert's verdict.
 */
public record ReviewSynthesis(List<String> experts, List<@Nullable Verdict> verdicts, List<Row> rows) {

    /** Two experts this many steps apart on a criterion do not read it the same way. */
    public static final int DIVERGENCE = 2;

    public record Row(String code, String title, List<@Nullable Integer> scores, @Nullable Double mean,
            @Nullable Integer spread) {

        public boolean divergent() {
            return spread != null && spread >= DIVERGENCE;
        }
    }

    public static ReviewSynthesis of(List<Answer> answers, List<Review> reviews) {
        var rows = answers.stream().map(answer -> {
            String code = answer.criterion().code();
            List<@Nullable Integer> scores = reviews.stream()
                    .map(review -> review.scores().containsKey(code) ? review.scores().get(code).value() : null)
                    .toList();
            var given = scores.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).summaryStatistics();
            return new Row(code, answer.criterion().title(), scores,
                    given.getCount() == 0 ? null : given.getAverage(),
                    given.getCount() < 2 ? null : given.getMax() - given.getMin());
        }).toList();
        return new ReviewSynthesis(reviews.stream().map(Review::expertName).toList(),
                reviews.stream().map(Review::verdict).toList(), rows);
    }

    public boolean empty() {
        return rows.stream().allMatch(row -> row.mean() == null);
    }
}
