package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.Refusals;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusIndicators;

/**
 * One indicator's measures with their comments and authors, where the campus team corrects a measure typed wrong or
 * removes it; every correction keeps the value it replaced in the audit trail.
 */
@Controller
@RequestMapping("/campus/{id}/tableau-de-bord/{code}")
@RequiredArgsConstructor
class IndicatorMeasuresController {

    private final CampusIndicators indicators;
    private final CampusDirectory campuses;
    private final Refusals refusals;
    private final Guard guard;
    private final CampusActions campusActions;
    private final Clock clock;

    private static String path(long campusId, String code) {
        return "/campus/" + campusId + "/tableau-de-bord/" + code;
    }

    @GetMapping
    @Requires(READ_PRIVATE)
    String page(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal @Nullable CmqUser user,
            Model model) {
        var series = indicators.series(user, id, code);
        model.addAttribute("series", series);
        model.addAttribute("chart", MeasureChart.of(series));
        model.addAttribute("campus", campuses.find(id).orElseThrow());
        model.addAttribute("mayKeep", guard.may(user, EDIT, id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("actions", campusActions.actionsOf(id).stream()
                .filter(action -> action.indicators().stream().anyMatch(tied -> tied.code().equals(code))).toList());
        return "steering/indicator";
    }

    /** A measure typed on the indicator's page: a refusal comes back on it. */
    @PostMapping("/mesures")
    @Requires(EDIT)
    String record(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String measuredOn, @RequestParam(required = false) @Nullable String value,
            RedirectAttributes redirect) {
        try {
            indicators.record(user, id, code, LocalDate.parse(String.valueOf(measuredOn)), DashboardController.decimal(value),
                    null);
            redirect.addFlashAttribute("recorded", true);
        } catch (DateTimeParseException | NumberFormatException e) {
            redirect.addFlashAttribute("refusal", refusals.of(new RuleViolationException("rule.indicator.typed")));
        } catch (RuleViolationException | InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        }
        return "redirect:" + path(id, code);
    }

    /** The target of a year for the indicator; a refusal comes back on its page. */
    @PostMapping("/cibles")
    @Requires(EDIT)
    String target(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String value,
            RedirectAttributes redirect) {
        try {
            indicators.setTarget(user, id, code, Integer.parseInt(String.valueOf(year).strip()),
                    DashboardController.decimal(value));
            redirect.addFlashAttribute("targetSet", true);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("refusal", refusals.of(new RuleViolationException("rule.indicator.target.typed")));
        } catch (RuleViolationException | InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        }
        return "redirect:" + path(id, code);
    }

    @PostMapping("/correction")
    @Requires(EDIT)
    String correct(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String measuredOn, @RequestParam(required = false) @Nullable String value,
            @RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
        try {
            indicators.correct(user, id, code, LocalDate.parse(String.valueOf(measuredOn)),
                    DashboardController.decimal(value), comment);
            redirect.addFlashAttribute("corrected", true);
        } catch (DateTimeParseException | NumberFormatException e) {
            redirect.addFlashAttribute("refusal", refusals.of(new RuleViolationException("rule.indicator.typed")));
        } catch (InvalidFieldException | NotFoundException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:" + path(id, code);
    }

    @GetMapping("/mesures/{date}/suppression")
    @Requires(EDIT)
    String confirmRemoval(@PathVariable long id, @PathVariable String code,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var series = indicators.series(user, id, code);
        return Confirmation.of(model, campuses.find(id).orElseThrow().name(), "indicator.measure.remove",
                series.indicator().label() + " au " + FrenchDates.DAY.format(date), path(id, code) + "/mesures/" + date + "/suppression",
                path(id, code));
    }

    @PostMapping("/mesures/{date}/suppression")
    @Requires(EDIT)
    String remove(@PathVariable long id, @PathVariable String code,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        indicators.removeMeasure(user, id, code, date);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + path(id, code);
    }

}
