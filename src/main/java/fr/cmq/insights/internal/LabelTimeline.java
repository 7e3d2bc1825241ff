package fr.cmq.insights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import fr.cmq.campus.CampusSummary;
import fr.cmq.shared.Tally;

/** The labels ending over the horizon counted by half-year, every half-year said even when none ends in it. */
final class LabelTimeline {

    private LabelTimeline() {
    }

    static List<Tally> bySemester(List<CampusSummary> ending, LocalDate today, LocalDate horizon,
            MessageSource messages) {
        var semesters = new ArrayList<Tally>();
        LocalDate start = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        while (!start.isAfter(horizon)) {
            LocalDate end = start.plusMonths(6);
            LocalDate from = start;
            long count = ending.stream().filter(campus -> campus.labelEnd() != null
                    && !campus.labelEnd().isBefore(from) && campus.labelEnd().isBefore(end)).count();
            int half = start.getMonthValue() == 1 ? 1 : 2;
            semesters.add(new Tally(start.getYear() + "-S" + half, messages.getMessage("pilotage.semester",
                    new Object[] { half, String.valueOf(start.getYear()) }, Locale.FRANCE), count));
            start = end;
        }
        return semesters;
    }
}
