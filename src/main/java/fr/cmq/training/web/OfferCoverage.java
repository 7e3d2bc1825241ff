package fr.cmq.training.web;

import java.util.ArrayList;
import java.util.List;

import fr.cmq.directory.Level;
import fr.cmq.training.Formation;
import fr.cmq.training.LearnerStatus;

/** Which levels and statuses a campus's offer covers: for each level, how many formations open each status. */
public record OfferCoverage(List<LearnerStatus> statuses, List<Row> rows) {

    public record Row(String level, List<Long> counts) {
    }

    static OfferCoverage of(List<Formation> offer) {
        var statuses = List.of(LearnerStatus.values());
        var rows = new ArrayList<Row>();
        for (Level level : Level.values()) {
            var counts = new ArrayList<Long>();
            for (LearnerStatus status : statuses) {
                counts.add(offer.stream().filter(formation -> formation.level() == level.number())
                        .filter(formation -> formation.statuses().stream().anyMatch(open -> open.status() == status))
                        .count());
            }
            rows.add(new Row(level.inWords(), List.copyOf(counts)));
        }
        return new OfferCoverage(statuses, List.copyOf(rows));
    }
}
