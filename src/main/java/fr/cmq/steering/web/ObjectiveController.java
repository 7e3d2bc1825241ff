package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

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
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.steering.ActionFilter;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusPlan;

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
                errors.rejectValue(switch (e.field()) {
                    case "title" -> "objectiveTitle";
                    case "description" -> "objectiveDescription";
                    default -> e.field();
                }, "invalid", e.getMessage());
            }
        }
        model.addAttribute("actions", campusActions.actions(user, id, ActionFilter.ALL, 0, ActionController.PAGE_SIZE));
        return planPage.render(campuses.get(id), user, ActionFilter.ALL, null, model);
    }

    @GetMapping("/{objectiveId}/suppression")
    @Requires(EDIT)
    String confirmObjectiveRemoval(@PathVariable long id, @PathVariable long objectiveId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var objective = plan.objectivesOf(id).stream().filter(o -> o.id() == objectiveId).findFirst()
                .orElseThrow(() -> new NotFoundException("Objectif " + objectiveId + " introuvable"));
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
}
