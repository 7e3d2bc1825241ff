package fr.cmq.insights.web;

import java.util.LinkedHashMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.cmq.insights.PublicStatistics;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.web.ReadInOneTransaction;

/** The campuses in figures, for everyone: by région on the map, by filière, by status, by year of label. */
@Controller
class StatisticsController {

    private final PublicStatistics.Reader statistics;

    StatisticsController(PublicStatistics.Reader statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/statistiques")
    @PublicRead
    @ReadInOneTransaction
    String statistics(Model model) {
        var figures = statistics.read();
        model.addAttribute("statistics", figures);
        var charts = new LinkedHashMap<String, ChartData>();
        figures.tables().forEach(table -> charts.put(table.id(), ChartData.of(table)));
        model.addAttribute("charts", charts);
        var keyFigures = new LinkedHashMap<String, Long>();
        keyFigures.put("campuses", figures.campuses());
        keyFigures.put("labelled", figures.labelled());
        keyFigures.put("members", figures.members());
        keyFigures.put("companies", figures.companies());
        keyFigures.put("formations", figures.formations());
        keyFigures.put("publicEvents", figures.publicEvents());
        model.addAttribute("keyFigures", keyFigures);
        return "insights/statistics";
    }
}
