package fr.cmq.insights.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cmq.insights.Dashboard;
import fr.cmq.insights.FigureTable;
import tools.jackson.databind.json.JsonMapper;

/** What DSFR Chart's components read from their attributes: JSON lists and dictionaries, written here. */
record ChartData(String x, String y, String name) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ChartData of(FigureTable table) {
        return new ChartData(JSON.writeValueAsString(List.of(table.rows().stream().map(FigureTable.Row::label).toList())),
                JSON.writeValueAsString(List.of(table.rows().stream().map(FigureTable.Row::value).toList())),
                JSON.writeValueAsString(List.of(table.title())));
    }

    /** The dashboard's map: by région for France, by département for one région. */
    static String map(Dashboard dashboard) {
        return JSON.writeValueAsString(dashboard.map());
    }

    static Map<String, ChartData> of(Dashboard dashboard) {
        var charts = new LinkedHashMap<String, ChartData>();
        dashboard.tables().forEach(table -> charts.put(table.id(), of(table)));
        return charts;
    }
}
