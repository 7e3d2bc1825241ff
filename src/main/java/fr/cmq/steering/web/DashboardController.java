package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.importing.UploadedFiles;
import fr.cmq.shared.web.CsvDownload;
import fr.cmq.shared.web.ReadInOneTransaction;
import fr.cmq.shared.web.XlsxDownload;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.IndicatorSeries;
import fr.cmq.steering.Measure;

/**
 * The tableau de bord of a campus, for its team and pilots: each indicator it follows, its trend against its target
 * as a chart with its table, and the whole as a spreadsheet.
 */
@Controller
@RequestMapping("/campus/{id}/tableau-de-bord")
@RequiredArgsConstructor
class DashboardController {

    private static final List<String> HEADER = List.of("code", "indicateur", "unité", "date", "valeur", "cible de l'année",
            "calculé par la plateforme");

    private final CampusIndicators indicators;
    private final CampusDirectory campuses;
    private final UploadedFiles uploads;
    private final Guard guard;

    @GetMapping
    @Requires(READ_PRIVATE)
    @ReadInOneTransaction
    String page(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user, Model model) {
        var campus = campuses.get(id);
        var series = indicators.dashboard(user, id);
        model.addAttribute("series", series);
        model.addAttribute("sparklines", Sparkline.of(series));
        model.addAttribute("campus", campus);
        model.addAttribute("mayKeep", guard.may(user, EDIT, id));
        var followed = indicators.followedBy(id);
        model.addAttribute("followable", indicators.catalogue().stream()
                .filter(indicator -> !followed.contains(indicator.code())).toList());
        model.addAttribute("published", indicators.published(id));
        return "steering/dashboard";
    }

    @PostMapping("/publication")
    @Requires(EDIT)
    String publish(@PathVariable long id, @AuthenticationPrincipal CmqUser user, @RequestParam boolean published,
            RedirectAttributes redirect) {
        indicators.publish(user, id, published);
        redirect.addFlashAttribute("publicationChanged", true);
        return "redirect:/campus/" + id + "/tableau-de-bord";
    }

    /** The campus starts following an indicator of the catalogue. */
    @PostMapping("/suivis")
    @Requires(EDIT)
    String follow(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String code, RedirectAttributes redirect) {
        if (code == null || code.isBlank()) {
            redirect.addFlashAttribute("followRefusal", true);
            return "redirect:/campus/" + id + "/tableau-de-bord";
        }
        indicators.follow(user, id, code);
        return "redirect:/campus/" + id + "/tableau-de-bord/" + code;
    }

    /** Measures from a CSV file: the report of the run, each refused line with its number and reason. */
    @PostMapping("/import")
    @Requires(EDIT)
    String importMeasures(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("importMissing", true);
            return "redirect:/campus/" + id + "/tableau-de-bord#import";
        }
        var kept = uploads.keep(file.getInputStream());
        try {
            model.addAttribute("report", indicators.importMeasures(user, id, UploadedFiles.nameOf(file, "mesures.csv"), kept));
        } finally {
            uploads.discard(kept);
        }
        model.addAttribute("campus", campuses.find(id).orElseThrow());
        model.addAttribute("prefix", "dashboard.import");
        model.addAttribute("back", "/campus/" + id + "/tableau-de-bord");
        return "importing/campus-report";
    }

    @GetMapping("/modele.csv")
    @Requires(EDIT)
    ResponseEntity<byte[]> importTemplate(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        return CsvDownload.of("modele-mesures.csv", List.of("indicateur", "date", "valeur", "commentaire"),
                List.of(List.of("APPRENTIS", "31/12/2025", "231", "Effectif au 31 décembre")));
    }

    @GetMapping("/export.csv")
    @Requires(READ_PRIVATE)
    ResponseEntity<byte[]> csv(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user) {
        return CsvDownload.of("tableau-de-bord-campus-" + id + ".csv", HEADER, rows(indicators.dashboard(user, id)));
    }

    @GetMapping("/export.xlsx")
    @Requires(READ_PRIVATE)
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user) {
        return XlsxDownload.of("tableau-de-bord-campus-" + id + ".xlsx", "Tableau de bord", HEADER,
                rows(indicators.dashboard(user, id)));
    }

    /** A figure as people type it: "1 234,5" or "1234.5". */
    static BigDecimal decimal(@Nullable String typed) {
        return new BigDecimal(String.valueOf(typed).strip().replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.'));
    }

    private static List<List<@Nullable Object>> rows(List<IndicatorSeries> dashboard) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (IndicatorSeries series : dashboard) {
            for (Measure measure : series.measures()) {
                var row = new ArrayList<@Nullable Object>();
                row.add(series.indicator().code());
                row.add(series.indicator().label());
                row.add(series.indicator().unit());
                row.add(measure.measuredOn());
                row.add(measure.value());
                row.add(series.targets().get(measure.measuredOn().getYear()));
                row.add(series.indicator().computed() != null ? "oui" : "non");
                rows.add(row);
            }
        }
        return rows;
    }
}
