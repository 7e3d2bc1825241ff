package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;
import static fr.cmq.identity.CampusAction.SIGN_OFF;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.RegionalCommittees;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RegionAction;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.CsvDownload;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.steering.Budget;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.FundingSource;
import fr.cmq.steering.LineDirection;

/**
 * A campus's budget of a year: the team keeps its lines and submits it, the chef d'établissement support signs it
 * off, the members' contacts declare their organisation's contributions, the pilots read it.
 */
@Controller
@RequestMapping("/campus/{id}/budget")
@RequiredArgsConstructor
class BudgetController {

    private final CampusBudgets budgets;
    private final BudgetContributions budgetContributions;
    private final CampusActions campusActions;
    private final CampusDirectory campuses;
    private final RegionalCommittees committees;
    private final Refusals refusals;
    private final Guard guard;
    private final Clock clock;
    private final MessageSource messages;

    static String path(long campusId, int year) {
        return "/campus/" + campusId + "/budget/" + year;
    }

    @GetMapping
    String thisYear(@PathVariable long id) {
        return "redirect:" + path(id, LocalDate.now(clock).getYear());
    }

    @GetMapping("/{year}")
    @Requires({ READ_PRIVATE, CONTRIBUTE })
    String page(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal @Nullable CmqUser user,
            Model model) {
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("year", year);
        if (guard.may(user, READ_PRIVATE, id)) {
            model.addAttribute("budget", budgets.read(user, id, year));
            model.addAttribute("mayKeep", guard.may(user, EDIT, id));
            model.addAttribute("maySignOff", guard.may(user, SIGN_OFF, id));
            model.addAttribute("mayDeclare", !budgetContributions.declarableBy(user, id).isEmpty());
            String region = campuses.get(id).regionCode();
            boolean mayEstablish = region != null && guard.may(user, RegionAction.KEEP, region);
            model.addAttribute("mayEstablish", mayEstablish);
            model.addAttribute("committeeMeetings", !mayEstablish ? List.of() : committees.meetings(region).stream()
                    .filter(meeting -> meeting.heldBy(LocalDate.now(clock))).toList());
            return "steering/budget";
        }
        model.addAttribute("contributions", budgetContributions.contributionsOf(user, id, year));
        return "steering/contributions";
    }

    /** The year's lines and contributions, for a spreadsheet. */
    @GetMapping("/{year}/export.csv")
    @Requires(READ_PRIVATE)
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable int year,
            @AuthenticationPrincipal @Nullable CmqUser user) {
        Budget budget = budgets.read(user, id, year);
        var rows = new ArrayList<List<@Nullable Object>>();
        budget.lines().forEach(line -> rows.add(Arrays.asList(label("linedirection.", line.direction()),
                line.source() == null ? null : label("fundingsource.", line.source()), line.label(),
                line.actionTitle(), null, line.planned(), line.actual(), line.direction().name(),
                line.source() == null ? null : line.source().name())));
        budget.contributions().forEach(c -> rows.add(Arrays.asList(
                messages.getMessage("budget.export.contribution", null, Locale.FRANCE),
                label("contributionkind.", c.kind()), c.description(), null, c.memberName(),
                c.planned() ? c.amount() : null, c.planned() ? null : c.amount(), "CONTRIBUTION", c.kind().name())));
        return CsvDownload.of("budget-campus-" + id + "-" + year + ".csv", List.of("nature", "source ou type", "libellé",
                "action", "membre", "prévu (€)", "réalisé (€)", "nature (code)", "source ou type (code)"), rows);
    }

    private String label(String prefix, Enum<?> choice) {
        return messages.getMessage(prefix + choice.name(), null, Locale.FRANCE);
    }

    @GetMapping("/{year}/lignes/nouvelle")
    @Requires(EDIT)
    String newLine(@PathVariable long id, @PathVariable int year, @RequestParam(defaultValue = "RESSOURCE") LineDirection direction,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var budget = budgets.read(user, id, year);
        model.addAttribute("form", LineForm.blank(direction, budget.version()));
        return lineForm(id, year, null, model);
    }

    @PostMapping("/{year}/lignes")
    @Requires(EDIT)
    String addLine(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") LineForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saveLine(id, year, null, user, form, errors, model, response, redirect);
    }

    @GetMapping("/{year}/lignes/{lineId}")
    @Requires(EDIT)
    String editLine(@PathVariable long id, @PathVariable int year, @PathVariable long lineId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var budget = budgets.read(user, id, year);
        var line = budget.lines().stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("Ligne " + lineId + " introuvable"));
        model.addAttribute("form", LineForm.of(line, budget.version()));
        return lineForm(id, year, lineId, model);
    }

    @PostMapping("/{year}/lignes/{lineId}")
    @Requires(EDIT)
    String updateLine(@PathVariable long id, @PathVariable int year, @PathVariable long lineId,
            @AuthenticationPrincipal CmqUser user, @Valid @ModelAttribute("form") LineForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return saveLine(id, year, lineId, user, form, errors, model, response, redirect);
    }

    /** A new line ({@code lineId} null) or a line changed; the form comes back with why when it cannot be. */
    private String saveLine(long id, int year, @Nullable Long lineId, CmqUser user, LineForm form,
            BindingResult bound, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var errors = FormsShownAgain.keep(model, "form", form, bound);
        if (errors.hasErrors() || form.version() == null) {
            return lineForm(id, year, lineId, model);
        }
        try {
            if (lineId == null) {
                budgets.addLine(user, id, year, form.version(), form.toLine());
            } else {
                budgets.updateLine(user, id, year, lineId, form.version(), form.toLine());
            }
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return lineForm(id, year, lineId, model);
        } catch (RuleViolationException e) {
            model.addAttribute("refusal", refusals.of(e));
            return lineForm(id, year, lineId, model);
        } catch (OptimisticLockingFailureException e) {
            return lineConflict(user, id, year, lineId, form, model, response);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path(id, year);
    }

    @GetMapping("/{year}/lignes/{lineId}/suppression")
    @Requires(EDIT)
    String confirmLineRemoval(@PathVariable long id, @PathVariable int year, @PathVariable long lineId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var budget = budgets.read(user, id, year);
        var line = budget.lines().stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("Ligne " + lineId + " introuvable"));
        return Confirmation.of(model, campuses.get(id).name(), "budget.line.remove", line.label(),
                path(id, year) + "/lignes/" + lineId + "/suppression", path(id, year));
    }

    /** The user confirmed the removal of this line: it goes whatever else changed in the budget meanwhile. */
    @PostMapping("/{year}/lignes/{lineId}/suppression")
    @Requires(EDIT)
    String removeLine(@PathVariable long id, @PathVariable int year, @PathVariable long lineId,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        try {
            budgets.removeLine(user, id, year, lineId, budgets.read(user, id, year).version());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
            return "redirect:" + path(id, year);
        }
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + path(id, year);
    }

    private String lineConflict(CmqUser user, long id, int year, @Nullable Long lineId, LineForm form, Model model,
            HttpServletResponse response) {
        var current = budgets.read(user, id, year);
        StaleVersions.shownBeside(model, response, current, form.over(current.version()));
        return lineForm(id, year, lineId, model);
    }

    private String lineForm(long id, int year, @Nullable Long lineId, Model model) {
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("year", year);
        model.addAttribute("lineId", lineId);
        model.addAttribute("directions", LineDirection.values());
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("actions", campusActions.actionsOf(id));
        return "steering/line-form";
    }
}
