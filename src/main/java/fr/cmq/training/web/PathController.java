package fr.cmq.training.web;

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
import fr.cmq.training.Formations;
import fr.cmq.training.TrainingOffer;

/** The parcours and passerelles between the formations of a campus's offer, kept by its team. */
@Controller
@RequestMapping("/campus/{id}/offre")
@RequiredArgsConstructor
class PathController {

    private final TrainingOffer offer;
    private final Formations formations;
    private final CampusDirectory campuses;
    private final OfferPage offerPage;

    @PostMapping("/parcours")
    @Requires(EDIT)
    String addParcours(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("parcoursForm") PathForms.ParcoursForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "parcoursForm", form, errors);
        var campus = campuses.get(id);
        model.addAttribute("passerelleForm", PathForms.PasserelleForm.blank());
        if (!errors.hasErrors()) {
            try {
                offer.addParcours(user, id, form.toNewParcours());
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + OfferController.path(id) + "#paths";
            } catch (InvalidFieldException e) {
                errors.rejectValue(stepField(e), "invalid", e.getMessage());
            }
        }
        return offerPage.render(campus, user, model);
    }

    @PostMapping("/passerelles")
    @Requires(EDIT)
    String addPasserelle(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("passerelleForm") PathForms.PasserelleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "passerelleForm", form, errors);
        var campus = campuses.get(id);
        model.addAttribute("parcoursForm", PathForms.ParcoursForm.blank());
        if (!errors.hasErrors()) {
            try {
                offer.addPasserelle(user, id, form.toNewPasserelle());
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + OfferController.path(id) + "#paths";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return offerPage.render(campus, user, model);
    }

    @GetMapping("/parcours/{parcoursId}/suppression")
    @Requires(EDIT)
    String confirmParcoursRemoval(@PathVariable long id, @PathVariable long parcoursId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        var parcours = formations.parcoursOf(id).stream().filter(p -> p.id() == parcoursId).findFirst()
                .orElseThrow(() -> new NotFoundException("Parcours " + parcoursId + " introuvable"));
        return Confirmation.of(model, campus.name(), "paths.remove.parcours", parcours.name(),
                OfferController.path(id) + "/parcours/" + parcoursId + "/suppression", OfferController.path(id));
    }

    @PostMapping("/parcours/{parcoursId}/suppression")
    @Requires(EDIT)
    String removeParcours(@PathVariable long id, @PathVariable long parcoursId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        offer.removeParcours(user, id, parcoursId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + OfferController.path(id) + "#paths";
    }

    @GetMapping("/passerelles/{passerelleId}/suppression")
    @Requires(EDIT)
    String confirmPasserelleRemoval(@PathVariable long id, @PathVariable long passerelleId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        var passerelle = formations.passerellesOf(id).stream().filter(p -> p.id() == passerelleId).findFirst()
                .orElseThrow(() -> new NotFoundException("Passerelle " + passerelleId + " introuvable"));
        return Confirmation.of(model, campus.name(), "paths.remove.passerelle",
                passerelle.from().title() + " → " + passerelle.to().title(),
                OfferController.path(id) + "/passerelles/" + passerelleId + "/suppression", OfferController.path(id));
    }

    @PostMapping("/passerelles/{passerelleId}/suppression")
    @Requires(EDIT)
    String removePasserelle(@PathVariable long id, @PathVariable long passerelleId,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        offer.removePasserelle(user, id, passerelleId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + OfferController.path(id) + "#paths";
    }

    /** Where a refusal of a parcours lands on its form: the steps as a whole, on the first. */
    private static String stepField(InvalidFieldException e) {
        return e.field().equals("formationIds") ? PathForms.stepFields().getFirst() : e.field();
    }
}
