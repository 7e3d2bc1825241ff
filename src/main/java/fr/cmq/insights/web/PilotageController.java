package fr.cmq.insights.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.directory.Filieres;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RequiresTerritoryView;
import fr.cmq.insights.DashboardFilter;
import fr.cmq.insights.Dashboards;
import fr.cmq.insights.FigureTable;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.web.CsvDownload;
import fr.cmq.shared.web.ReadInOneTransaction;
import fr.cmq.shared.web.XlsxDownload;
import fr.cmq.territory.Territories;

/**
 * The dashboard of a territory for those who steer it: every filter in the address, every count a link to the list it
 * counts, every table exported as CSV and XLSX.
 */
@Controller
@RequiresTerritoryView
class PilotageController {

    private final Dashboards dashboards;
    private final Filieres filieres;
    private final Territories territories;
    private final MessageSource messages;
    private final Clock clock;
    private final Guard guard;

    PilotageController(Dashboards dashboards, Filieres filieres, Territories territories, MessageSource messages,
            Clock clock, Guard guard) {
        this.dashboards = dashboards;
        this.filieres = filieres;
        this.territories = territories;
        this.messages = messages;
        this.clock = clock;
        this.guard = guard;
    }

    @GetMapping("/pilotage")
    @ReadInOneTransaction
    String dashboard(@AuthenticationPrincipal CmqUser user, @ModelAttribute("filter") DashboardFilter filter,
            Model model) {
        var dashboard = dashboards.of(user, filter);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", ChartData.of(dashboard));
        model.addAttribute("mapData", ChartData.map(dashboard));
        model.addAttribute("query", filter.query());
        model.addAttribute("mapDate", FrenchDates.day(LocalDate.now(clock)));
        options(user, model);
        return "insights/dashboard";
    }

    @GetMapping("/pilotage/campus")
    @ReadInOneTransaction
    String campuses(@AuthenticationPrincipal CmqUser user, @ModelAttribute("filter") DashboardFilter filter,
            Model model) {
        model.addAttribute("campuses", dashboards.campuses(user, filter));
        model.addAttribute("territory", dashboards.territory(user, filter));
        options(user, model);
        return "insights/campuses";
    }

    @GetMapping("/pilotage/{table}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CmqUser user, @PathVariable String table,
            @ModelAttribute("filter") DashboardFilter filter) {
        var found = table(user, filter, table);
        return CsvDownload.of("pilotage-" + table + ".csv", header(found), rows(found));
    }

    @GetMapping("/pilotage/{table}.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CmqUser user, @PathVariable String table,
            @ModelAttribute("filter") DashboardFilter filter) {
        var found = table(user, filter, table);
        return XlsxDownload.of("pilotage-" + table + ".xlsx", found.title(), header(found), rows(found));
    }

    /** The indicators across the campuses, as the page's table says them. */
    @GetMapping("/pilotage/indicateurs.csv")
    ResponseEntity<byte[]> indicatorsCsv(@AuthenticationPrincipal CmqUser user,
            @ModelAttribute("filter") DashboardFilter filter) {
        return CsvDownload.of("pilotage-indicateurs.csv", indicatorHeader(), indicatorRows(user, filter));
    }

    @GetMapping("/pilotage/indicateurs.xlsx")
    ResponseEntity<byte[]> indicatorsXlsx(@AuthenticationPrincipal CmqUser user,
            @ModelAttribute("filter") DashboardFilter filter) {
        return XlsxDownload.of("pilotage-indicateurs.xlsx", message("pilotage.indicators.title"), indicatorHeader(),
                indicatorRows(user, filter));
    }

    private List<String> indicatorHeader() {
        int year = LocalDate.now(clock).getYear();
        return List.of(message("pilotage.indicators.indicator"), message("pilotage.indicators.unit"),
                message("pilotage.indicators.how"), message("pilotage.indicators.campuses"), String.valueOf(year),
                String.valueOf(year - 1), message("pilotage.indicators.trend"));
    }

    private List<List<@Nullable Object>> indicatorRows(CmqUser user, DashboardFilter filter) {
        return dashboards.indicators(user, filter).stream().map(total -> Arrays.<@Nullable Object>asList(total.label(),
                total.unit(), message("pilotage.indicators." + total.aggregation()), total.campuses(), total.value(),
                total.previous(), total.trend())).toList();
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.FRANCE);
    }

    private FigureTable table(CmqUser user, DashboardFilter filter, String id) {
        return dashboards.table(user, filter, id)
                .orElseThrow(() -> new NotFoundException("Tableau " + id + " introuvable"));
    }

    private List<String> header(FigureTable table) {
        return List.of(table.title(), messages.getMessage("pilotage.count", new Object[] { table.unit() },
                Locale.FRANCE));
    }

    private static List<List<@Nullable Object>> rows(FigureTable table) {
        return table.rows().stream().map(row -> List.<@Nullable Object>of(row.label(), row.value())).toList();
    }

    /** The filters' choices: a pilot of régions chooses among its own, the others among all. */
    private void options(CmqUser user, Model model) {
        var readable = guard.readableBy(user);
        model.addAttribute("regions", readable.everywhere() || readable.regionCodes().isEmpty() ? territories.regions()
                : territories.regions().stream().filter(region -> readable.regionCodes().contains(region.code()))
                        .toList());
        model.addAttribute("filieres", filieres.all());
        model.addAttribute("categories", Category.values());
        model.addAttribute("statuses", CampusStatus.values());
    }
}
