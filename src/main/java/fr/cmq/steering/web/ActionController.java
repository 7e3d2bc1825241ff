package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
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

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.steering.Action;
import fr.cmq.steering.ActionFilter;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.CampusPlan;

/**
 * A campus's strategy and action plan: its objectives, its actions filtered and drawn over the year, each action's
 * page with its progress notes. The team keeps it, the territory's pilots read it.
 */
@Controller
@RequestMapping("/campus/{id}/plan")
@RequiredArgsConstructor
class ActionController {

    static final int PAGE_SIZE = 20;

    private final CampusPlan plan;
    private final CampusActions campusActions;
    private final PlanPage planPage;
    private final CampusIndicators indicators;
    private final CampusDirectory campuses;
    private final Refusals refusals;
    private final Clock clock;
    private final Guard guard;

    static String path(long campusId) {
        return "/campus/" + campusId + "/plan";
    }

    @GetMapping
    @Requires({ READ_PRIVATE, CONTRIBUTE })
    String page(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user,
            @RequestParam(name = "objectif", required = false) @Nullable Long objective,
            @RequestParam(name = "statut", required = false) @Nullable ActionStatus status,
            @RequestParam(name = "pilote", required = false) @Nullable Long pilot,
            @RequestParam(name = "enRetard", defaultValue = "false") boolean late,
            @RequestParam(name = "annee", required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var campus = campuses.get(id);
        if (user != null && !guard.may(user, READ_PRIVATE, id) && !campusActions.representedBy(user, id).isEmpty()) {
            return participation(campus, user, model);
        }
        var filter = new ActionFilter(objective, status, pilot, late);
        model.addAttribute("actions", campusActions.actions(user, id, filter, Math.clamp(page, 0, 10_000), PAGE_SIZE));
        if (!model.containsAttribute("objectiveForm")) {
            model.addAttribute("objectiveForm", ObjectiveForm.blank());
        }
        return planPage.render(campus, user, filter, year, model);
    }

    /** Where a member's contact says in which open actions its organisation takes part. */
    private String participation(CampusDetails campus, CmqUser user, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("represented", campusActions.representedBy(user, campus.id()));
        model.addAttribute("actions", campusActions.openActions(user, campus.id()));
        return "steering/participation";
    }

    @PostMapping("/actions/{actionId}/participation")
    @Requires({ READ_PRIVATE, CONTRIBUTE })
    String takePart(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal CmqUser user,
            @RequestParam long memberId, @RequestParam boolean participates, RedirectAttributes redirect) {
        try {
            campusActions.takePart(user, id, actionId, memberId, participates);
            redirect.addFlashAttribute(participates ? "joined" : "left", true);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:" + path(id) + (guard.may(user, READ_PRIVATE, id) ? "/actions/" + actionId : "");
    }

    @GetMapping("/actions/nouvelle")
    @Requires(EDIT)
    String newAction(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(name = "objectif", required = false) @Nullable Long objective, Model model) {
        model.addAttribute("form", ActionForm.blank(objective));
        return actionForm(campuses.get(id), null, model);
    }

    @PostMapping("/actions")
    @Requires(EDIT)
    String addAction(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") ActionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        if (errors.hasErrors()) {
            return actionForm(campuses.get(id), null, model);
        }
        long actionId;
        try {
            actionId = campusActions.addAction(user, id, form.toDetails());
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return actionForm(campuses.get(id), null, model);
        } catch (RuleViolationException e) {
            model.addAttribute("refusal", refusals.of(e));
            return actionForm(campuses.get(id), null, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path(id) + "/actions/" + actionId;
    }

    @GetMapping("/actions/{actionId}")
    @Requires(READ_PRIVATE)
    String action(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal @Nullable CmqUser user,
            Model model) {
        var action = campusActions.action(user, id, actionId);
        model.addAttribute("form", ActionForm.of(action));
        model.addAttribute("mayKeep", guard.may(user, EDIT, id));
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm(LocalDate.now(clock), null));
        }
        return actionForm(campuses.get(id), action, model);
    }

    @PostMapping("/actions/{actionId}")
    @Requires(EDIT)
    String updateAction(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") ActionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var action = campusActions.action(user, id, actionId);
        model.addAttribute("noteForm", new NoteForm(LocalDate.now(clock), null));
        if (errors.hasErrors() || form.version() == null) {
            return actionForm(campuses.get(id), action, model);
        }
        try {
            campusActions.updateAction(user, id, actionId, form.version(), form.toDetails());
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return actionForm(campuses.get(id), action, model);
        } catch (RuleViolationException e) {
            model.addAttribute("refusal", refusals.of(e));
            return actionForm(campuses.get(id), action, model);
        } catch (OptimisticLockingFailureException e) {
            var current = campusActions.action(user, id, actionId);
            StaleVersions.shownBeside(model, response, current, form.over(current.version()));
            return actionForm(campuses.get(id), current, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path(id) + "/actions/" + actionId;
    }

    @PostMapping("/actions/{actionId}/notes")
    @Requires(EDIT)
    String addNote(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "noteForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                campusActions.addNote(user, id, actionId, form.notedOn(), String.valueOf(form.text()));
                redirect.addFlashAttribute("noted", true);
                return "redirect:" + path(id) + "/actions/" + actionId;
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        var action = campusActions.action(user, id, actionId);
        model.addAttribute("form", ActionForm.of(action));
        return actionForm(campuses.get(id), action, model);
    }

    @GetMapping("/actions/{actionId}/suppression")
    @Requires(EDIT)
    String confirmRemoval(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var action = campusActions.action(user, id, actionId);
        return Confirmation.of(model, campuses.get(id).name(), "plan.action.remove", action.title(),
                path(id) + "/actions/" + actionId + "/suppression", path(id) + "/actions/" + actionId);
    }

    @PostMapping("/actions/{actionId}/suppression")
    @Requires(EDIT)
    String remove(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        campusActions.removeAction(user, id, actionId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + path(id);
    }

    private String actionForm(CampusDetails campus, @Nullable Action action, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("action", action);
        model.addAttribute("objectives", plan.objectivesOf(campus.id()));
        model.addAttribute("members", campus.activeMembers());
        var followed = indicators.followedBy(campus.id());
        model.addAttribute("followedIndicators", indicators.catalogue().stream()
                .filter(indicator -> followed.contains(indicator.code())).toList());
        model.addAttribute("statuses", action == null ? List.of(ActionStatus.PREVUE, ActionStatus.EN_COURS)
                : Stream.concat(Stream.of(action.status()), action.status().next().stream()).sorted().toList());
        if (!model.containsAttribute("mayKeep")) {
            model.addAttribute("mayKeep", true);
        }
        return "steering/action";
    }
}
