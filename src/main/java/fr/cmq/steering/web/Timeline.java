package fr.cmq.steering.web;

import java.time.LocalDate;
import java.util.List;

import fr.cmq.steering.Action;

/**
 * The actions of a year drawn as bars over its twelve months: each bar starts at the column of its first month in
 * the year and ends after its last. The table of the actions says the same to those who do not see it.
 */
public record Timeline(int year, List<Bar> bars) {

    public record Bar(Action action, int startColumn, int endColumn, boolean startsBefore, boolean endsAfter) {
    }

    static Timeline of(int year, List<Action> actions) {
        var first = LocalDate.of(year, 1, 1);
        var last = LocalDate.of(year, 12, 31);
        var bars = actions.stream()
                .filter(action -> !action.startsOn().isAfter(last) && !action.endsOn().isBefore(first))
                .map(action -> new Bar(action,
                        action.startsOn().isBefore(first) ? 1 : action.startsOn().getMonthValue(),
                        (action.endsOn().isAfter(last) ? 12 : action.endsOn().getMonthValue()) + 1,
                        action.startsOn().isBefore(first), action.endsOn().isAfter(last)))
                .toList();
        return new Timeline(year, bars);
    }
}
