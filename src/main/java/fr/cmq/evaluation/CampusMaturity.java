package fr.cmq.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cmq.identity.CmqUser;

/**
 * The maturity level of each campus, computed by named rules from the facts of the other modules and recomputed when
 * they announce a change; never typed by anyone.
 */
public interface CampusMaturity {

    /** The level last computed, with its reasons and history; empty before the campus's first computation. */
    Optional<Maturity> of(long campusId);

    /**
     * The campuses of these régions and académies past the middle of their label whose level is below {@code level}
     * (the texts require level 2 at mid-label), by name.
     */
    List<Below> belowAtMidLabel(Set<String> regionCodes, Set<String> academieCodes, int level, LocalDate today);

    /** A campus below the level required, and the level it is at. */
    record Below(long campusId, String name, int level) {
    }

    /**
     * The team shows its campus's level on its public page, or no longer; announced by {@link MaturityPublished}.
     *
     * @throws fr.cmq.shared.NotFoundException before the level is first computed
     */
    void publish(CmqUser actor, long campusId, boolean published);

    /** The campuses whose level was computed at least once. */
    Set<Long> computed();

    /** Computes the level again from the facts as they are now, and keeps it (a new step when it changed). */
    Maturity recompute(long campusId);
}
