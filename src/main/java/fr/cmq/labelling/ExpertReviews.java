package fr.cmq.labelling;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;

/**
 * The pool of experts the national administration keeps, their assignment to dossiers, and their reviews: an expert
 * declares no conflict of interest before reading, scores each criterion and hands in a report.
 */
public interface ExpertReviews {

    /** The administration adds an expert to the pool (an account with the expert role signs in with that e-mail). */
    long addExpert(CmqUser admin, String email, String name, ExpertCollege college);

    List<Expert> experts();

    /** The active expert of the pool this account is, by its e-mail, if it is one. */
    Optional<Expert> expertOf(@Nullable CmqUser user);

    /** The administration assigns an expert to a dossier whose avis are in, or under review. */
    void assign(CmqUser admin, long dossierId, long expertId);

    /**
     * The expert signed in declares no conflict of interest with the dossier ({@code declared}: the box it ticked):
     * then it may read it.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone not assigned, ticked or not
     * @throws fr.cmq.shared.InvalidFieldException on {@code noConflict} when the box is not ticked
     */
    void declareNoConflict(CmqUser expert, long dossierId, boolean declared);

    void score(CmqUser expert, long dossierId, String criterionCode, int score, @Nullable String comment);

    /** Several criteria scored at once: all are saved, or none when one is wrong. */
    void score(CmqUser expert, long dossierId, Map<String, Review.Score> scores);

    /** The expert hands in its report: every criterion scored. */
    void submit(CmqUser expert, long dossierId, @Nullable Verdict verdict, String report);

    /**
     * The administration reminds the assigned experts whose report is not in yet, by e-mail after commit.
     *
     * @return how many experts are reminded
     */
    int remindLate(CmqUser admin, long dossierId);

    /** An expert of the pool. */
    record Expert(long id, String email, String name, ExpertCollege college, boolean active) {
    }
}
