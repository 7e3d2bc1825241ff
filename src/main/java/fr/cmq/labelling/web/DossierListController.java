package fr.cmq.labelling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.Facet;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.Category;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.labelling.DossierBatches;
import fr.cmq.labelling.DossierLists;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.web.CsvDownload;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.XlsxDownload;

/**
 * The lists of dossiers each user may see, filtered by campaign, state, territory, filière and lateness; their export;
 * and, for the national administration, acts on a selection: experts assigned, late experts reminded, one arrêté
 * recorded for many dossiers.
 */
@Controller
@RequiredArgsConstructor
class DossierListController {

    private static final int PAGE_SIZE = 20;

    /** What a selection may be acted on with. */
    enum BatchAction { EXPERTS, RELANCE, ARRETE }

    /** A refusal shown under the list: the dossier's campus and why. */
    record RefusalLine(long dossierId, String campus, String reason) implements java.io.Serializable {
    }

    private final LabelDossiers dossiers;
    private final DossierLists lists;
    private final DossierBatches batches;
    private final ExpertReviews experts;
    private final CampusDirectory campuses;
    private final Refusals refusals;
    private final MessageSource messages;
    private final Clock clock;
    private final Guard guard;

    @GetMapping("/dossiers")
    String list(@AuthenticationPrincipal CmqUser user, @ModelAttribute("filter") DossierListFilter filter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("dossiers", lists.dossiers(user, filter.toFilter(), Math.clamp(page, 0, 10_000), PAGE_SIZE));
        model.addAttribute("campaigns", dossiers.campaigns());
        model.addAttribute("states", DossierState.values());
        var facets = campuses.facets(CampusSearch.everything());
        model.addAttribute("academies", facets.academies());
        model.addAttribute("regions", facets.regions());
        model.addAttribute("filieres", facets.filieres());
        model.addAttribute("columns", ExportColumn.values());
        if (guard.administersNationally(user)) {
            model.addAttribute("pool", experts.experts().stream().filter(ExpertReviews.Expert::active).toList());
            model.addAttribute("categories", Category.values());
            if (!model.containsAttribute("decision")) {
                model.addAttribute("decision", DecisionForm.blank(LocalDate.now(clock)));
            }
            if (!model.containsAttribute("selected")) {
                model.addAttribute("selected", List.of());
            }
        }
        return "labelling/dossiers";
    }

    /** A value as a person reads it: a choice by its French name, a région by its name. */
    private @Nullable Object named(ExportColumn column, @Nullable Object value, Map<String, String> regions) {
        if (column == ExportColumn.REGION && value != null) {
            return regions.getOrDefault(value.toString(), value.toString());
        }
        return value instanceof Enum<?> choice ? messages.getMessage(
                choice.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + choice.name(), null,
                Locale.FRANCE) : value;
    }

    /** The dossiers of the list's filter, with the columns picked (all when none), as CSV or XLSX. */
    @GetMapping("/dossiers/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CmqUser user, DossierListFilter filter,
            @RequestParam(name = "colonnes", required = false) @Nullable List<ExportColumn> picked,
            @RequestParam(name = "format", defaultValue = "csv") String format) {
        var columns = picked == null || picked.isEmpty() ? List.of(ExportColumn.values())
                : EnumSet.copyOf(picked).stream().toList();
        var header = columns.stream()
                .map(column -> messages.getMessage("export.column." + column.name(), null, Locale.FRANCE)).toList();
        // the régions' names, as the campuses' facets give them
        var regions = campuses.facets(CampusSearch.everything()).regions().stream()
                .collect(Collectors.toMap(Facet::value, Facet::label, (a, b) -> a));
        var rows = lists.export(user, filter.toFilter()).stream()
                .map(line -> columns.stream().map(column -> named(column, column.of(line), regions)).toList())
                .<List<@Nullable Object>>map(ArrayList::new).toList();
        return "xlsx".equals(format) ? XlsxDownload.of("dossiers.xlsx", "Dossiers", header, rows)
                : CsvDownload.of("dossiers.csv", header, rows);
    }

    /**
     * An act on the dossiers ticked in the list; done, the list comes back with what was done. Refused, the list comes
     * back with the selection and what was typed, and each refusing dossier with why (nothing was done).
     */
    @PostMapping("/dossiers/lot")
    @RequiresNationalAdministration
    String act(@AuthenticationPrincipal CmqUser user, @ModelAttribute("filter") DossierListFilter filter,
            @RequestParam(name = "action") BatchAction action,
            @RequestParam(name = "dossiers", required = false) @Nullable List<Long> selected,
            @RequestParam(name = "experts", required = false) @Nullable List<Long> chosenExperts,
            @RequestParam(defaultValue = "0") int page, DecisionForm decision, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var ids = selected == null ? List.<Long>of() : selected;
        try {
            var outcome = switch (action) {
                case EXPERTS -> batches.assign(user, ids, chosenExperts == null ? List.of() : chosenExperts);
                case RELANCE -> batches.remind(user, ids);
                case ARRETE -> {
                    var arrete = decision.toDecision();
                    if (arrete == null) {
                        throw new InvalidFieldException("granted", "Le label attribué ou refusé");
                    }
                    yield batches.decide(user, ids, arrete);
                }
            };
            if (action == BatchAction.RELANCE || outcome.applied()) {
                redirect.addFlashAttribute("batchDone", new Object[] { action.name(), outcome.done() });
                redirect.addFlashAttribute("batchRefused", lines(outcome));
                return "redirect:" + filter.url();
            }
            response.setStatus(422);
            model.addAttribute("batchRefused", lines(outcome));
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("batchError", e);
        }
        model.addAttribute("batchAction", action.name());
        model.addAttribute("selected", ids);
        model.addAttribute("chosenExperts", chosenExperts == null ? List.of() : chosenExperts);
        model.addAttribute("decision", decision);
        return list(user, filter, page, model);
    }

    private List<RefusalLine> lines(DossierBatches.BatchOutcome outcome) {
        return outcome.refused().stream()
                .map(r -> new RefusalLine(r.dossierId(), r.campus(), refusals.of(r.reason()))).toList();
    }
}
