package fr.cmq.evaluation;

import java.util.Optional;

/**
 * The maturity level of each campus, computed by named rules from the facts of the other modules and recomputed when
 * they announce a change; never typed by anyone.
 */
public interface CampusMaturity {

    /** The level last computed, with its reasons and history; empty before the campus's first computation. */
    Optional<Maturity> of(long campusId);

    /** Computes the level again from the facts as they are now, and keeps it (a new step when it changed). */
    Maturity recompute(long campusId);
}
