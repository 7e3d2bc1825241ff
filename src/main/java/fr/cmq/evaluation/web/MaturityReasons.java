package fr.cmq.evaluation.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import fr.cmq.evaluation.Maturity;
import fr.cmq.evaluation.Maturity.RuleResult;

/**
 * A maturity said in French: what the campus meets up to its level, and what it lacks for the next one
 * ({@code maturity.rule.<Rule>.met} and {@code .missing}).
 */
record MaturityReasons(int level, List<String> met, int nextLevel, List<String> missing) {

    static MaturityReasons of(Maturity maturity, MessageSource messages) {
        return new MaturityReasons(maturity.level(), said(maturity.metUpToLevel(), "met", messages),
                Math.min(maturity.level() + 1, Maturity.TOP), said(maturity.missingForNext(), "missing", messages));
    }

    private static List<String> said(List<RuleResult> rules, String how, MessageSource messages) {
        return rules.stream().map(rule -> messages.getMessage("maturity.rule." + rule.rule() + "." + how, null,
                Locale.FRANCE)).toList();
    }
}
