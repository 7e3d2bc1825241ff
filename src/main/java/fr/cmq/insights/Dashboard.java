package fr.cmq.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.CampusSummary;
import fr.cmq.steering.IndicatorFigures;

/**
 * A territory's dashboard: the campuses its reader sees, under the filters of its address.
 *
 * @param territory what it covers, said to its reader ("Grand Est", "Toute la France")
 * @param mapRegion the région whose départements the map draws, by the map's code ({@code GES}), or null for France
 *        by région
 * @param map the numbers the map colours, by the map's codes (régions as {@code GES}, départements as {@code 54},
 *        {@code 2A})
 * @param labelsEnding the campuses whose label ends in the next 24 months, soonest first
 * @param renewing of those, the ids of the campuses with a renewal dossier in the latest campaign
 * @param indicators the catalogue's indicators across the campuses, this year beside the last
 */
public record Dashboard(String territory, long campuses, List<FigureTable> tables, @Nullable String mapRegion,
        Map<String, Long> map, List<CampusSummary> labelsEnding, List<Long> renewing, LocalDate horizon,
        int year, List<IndicatorFigures.IndicatorTotal> indicators) {

    public FigureTable table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id));
    }
}
