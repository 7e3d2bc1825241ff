package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.Finalite;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.steering.ActionFilter;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusPlan;
import fr.cmq.steering.Objective;

/** The strategic objectives of a campus's plan, kept by its team. */
@Controller
@RequestMapping("/campus/{id}/plan/objectifs")
@RequiredArgsConstructor
class ObjectiveController {

    private final CampusPlan plan;
    private final CampusActions campusActions;
    private final PlanPage planPage;
    private final CampusDirectory campuses;

    @PostMapping
    @Requires(EDIT)
    String addObjective(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("objectiveForm") ObjectiveForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "objectiveForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                plan.addObjective(user, id, form.toDetails());
                redirect.addFlashAttribute("objectiveAdded", true);
                return "redirect:" + ActionController.path(id);
            } catch (InvalidFieldException e) {
                errors.rejectValue(ObjectiveForm.field(e.field()), "invalid", e.getMessage());
            }
        }
        model.addAttribute("actions", campusActions.actions(user, id, ActionFilter.ALL, 0, ActionController.PAGE_SIZE));
        return planPage.render(campuses.get(id), user, ActionFilter.ALL, null, model);
    }

    @GetMapping("/{objectiveId}")
    @Requires(EDIT)
    String objective(@PathVariable long id, @PathVariable long objectiveId, Model model) {
        var objective = plan.objective(id, objectiveId);
        model.addAttribute("form", ObjectiveForm.of(objective));
        return objectiveForm(id, objective, model);
    }

    @PostMapping("/{objectiveId}")
    @Requires(EDIT)
    String updateObjective(@PathVariable long id, @PathVariable long objectiveId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") ObjectiveForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var objective = plan.objective(id, objectiveId);
        if (errors.hasErrors() || form.version() == null) {
            return objectiveForm(id, objective, model);
        }
        try {
            plan.updateObjective(user, id, objectiveId, form.version(), form.toDetails());
        } catch (InvalidFieldException e) {
            errors.rejectValue(ObjectiveForm.field(e.field()), "invalid", e.getMessage());
            return objectiveForm(id, objective, model);
        } catch (OptimisticLockingFailureException e) {
            var current = plan.objective(id, objectiveId);
            StaleVersions.shownBeside(model, response, current, form.over(current.version()));
            return objectiveForm(id, current, model);
        }
        redirect.addFlashAttribute("objectiveSaved", true);
        return "redirect:" + ActionController.path(id);
    }

    @GetMapping("/{objectiveId}/suppression")
    @Requires(EDIT)
    String confirmObjectiveRemoval(@PathVariable long id, @PathVariable long objectiveId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var objective = plan.objective(id, objectiveId);
        return Confirmation.of(model, campuses.get(id).name(), "plan.objective.remove", objective.title(),
                ActionController.path(id) + "/objectifs/" + objectiveId + "/suppression", ActionController.path(id));
    }

    @PostMapping("/{objectiveId}/suppression")
    @Requires(EDIT)
    String removeObjective(@PathVariable long id, @PathVariable long objectiveId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        plan.removeObjective(user, id, objectiveId);
        redirect.addFlashAttribute("objectiveRemoved", true);
        return "redirect:" + ActionController.path(id);
    }

    private String objectiveForm(long id, Objective objective, Model model) {
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("objective", objective);
        model.addAttribute("finalites", Finalite.values());
        return "steering/objective";
    }
}
