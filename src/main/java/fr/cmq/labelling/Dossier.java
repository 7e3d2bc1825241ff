package fr.cmq.labelling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.signing.Signature;

/**
 * A dossier as its reader may see it: the label it renews, its answers with the completeness of each, signatures (who
 * signed what, as what, when, void ones included), avis, the experts'
 * reviews (empty for the campus until the decision; {@code ownReview} is the expert reader's own), the decision, its timeline, the e-mails sent about it (not to
 * experts), and {@code allowedTransitions}: the names of the transitions this reader may fire now. {@code sealed}: the reader
 * is an expert who has not yet declared no conflict of interest, and reads the criteria only — answers, signatures,
 * avis, decision and timeline are hidden from it until then, and the page says so.
 */
public record Dossier(
        long id,
        DossierSummary.CampusRef campus,
        Campaign campaign,
        DossierKind kind,
        DossierState state,
        @Nullable PreviousLabel renews,
        List<Answer> answers,
        int answered,
        @Nullable LocalDate deadline,
        @Nullable String signedBy,
        @Nullable String academieCosignedBy,
        @Nullable String regionCosignedBy,
        List<Signature> signatures,
        @Nullable String sentBackReason,
        @Nullable String withdrawnReason,
        List<Opinion> opinions,
        List<Review> reviews,
        @Nullable Review ownReview,
        @Nullable Decision decision,
        List<Step> timeline,
        List<Notification> notifications,
        List<String> allowedTransitions,
        long version,
        Instant updatedAt,
        boolean sealed) {

    /** The scores of the experts this reader sees, side by side per criterion, with their mean and spread. */
    public ReviewSynthesis synthesis() {
        return ReviewSynthesis.of(answers, reviews);
    }

    /** The experts assigned (as far as this reader sees them) are as many from each college. */
    public boolean expertsBalanced() {
        long economic = reviews.stream().filter(r -> r.college() == ExpertCollege.ACTEURS_ECONOMIQUES).count();
        return economic * 2 == reviews.size();
    }

    /** An arrêté taken before the platform, recorded afterwards: no answer, avis or review was ever kept here. */
    public boolean recordedAfterwards() {
        return state == DossierState.DECIDE && timeline.size() == 1
                && timeline.getFirst().from() == DossierState.BROUILLON;
    }

    public long expertsOf(ExpertCollege college) {
        return reviews.stream().filter(r -> r.college() == college).count();
    }
}
