package fr.cmq.evaluation.internal.maturity;

/**
 * A rule of the maturity ladder, named after what it checks: the texts' description of a level, cut into facts the
 * platform holds. Its reason is said in French by {@code maturity.rule.<Name>.met} and {@code .missing}.
 */
public interface MaturityRule {

    /** The level (1 to 4) the rule belongs to. */
    int level();

    boolean metBy(MaturityFacts facts);

    default String name() {
        return getClass().getSimpleName();
    }
}
