package fr.cmq.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A campus's maturity level as last computed from the platform's facts (0 while level 1 is not reached), each named
 * rule with the level it belongs to and whether the campus meets it, and the history of the levels reached;
 * {@code published}: the campus shows its level (alone) to the public.
 */
public record Maturity(long campusId, int level, List<RuleResult> rules, Instant computedAt, List<Step> history,
        boolean published) {

    public static final int TOP = 4;

    /** A rule of the ladder ({@code ConventionSigned}) and whether the campus meets it. */
    public record RuleResult(int level, String rule, boolean met) {
    }

    /** The level a campus moved to, and when. */
    public record Step(int level, Instant reachedAt) {
    }

    /** The rules of the next level that the campus does not meet yet: what it lacks to climb; none at the top. */
    public List<RuleResult> missingForNext() {
        return rules.stream().filter(rule -> rule.level() == level + 1 && !rule.met()).toList();
    }

    /** The rules met, up to the level reached. */
    public List<RuleResult> metUpToLevel() {
        return rules.stream().filter(rule -> rule.level() <= level && rule.met()).toList();
    }
}
