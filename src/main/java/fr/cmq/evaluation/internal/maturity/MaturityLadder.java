package fr.cmq.evaluation.internal.maturity;

import java.util.List;

import fr.cmq.evaluation.Maturity;
import fr.cmq.evaluation.Maturity.RuleResult;

/**
 * The four levels of the texts' classification of campuses, each a set of named rules: a campus is at the highest level
 * whose rules, and those of every level below, it all meets (0 while level 1 is not reached; level 2 is the minimum
 * required at mid-label).
 */
public final class MaturityLadder {

    static final List<MaturityRule> RULES = List.of(
            new DiagnosticShared(), new FirstOrientations(), new NetworkCommitted(),
            new InstancesInPlace(), new ConventionSigned(), new DirectorAppointed(), new FirstActionPlan(),
            new BudgetFunded(), new SelfAssessmentDefined(),
            new FirstActionsDone(), new DashboardKept(), new SelfAssessmentCarriedOut(),
            new ExternalRecognition());

    /** The level reached and every rule's result. */
    public record Climb(int level, List<RuleResult> rules) {
    }

    private MaturityLadder() {
    }

    public static Climb climb(MaturityFacts facts) {
        var results = RULES.stream().map(rule -> new RuleResult(rule.level(), rule.name(), rule.metBy(facts))).toList();
        int level = 0;
        while (level < Maturity.TOP && climbs(results, level + 1)) {
            level++;
        }
        return new Climb(level, results);
    }

    private static boolean climbs(List<RuleResult> results, int level) {
        return results.stream().filter(result -> result.level() == level).allMatch(RuleResult::met);
    }

    /** The names of the rules, for the messages that say them. */
    public static List<String> ruleNames() {
        return RULES.stream().map(MaturityRule::name).toList();
    }
}
