package fr.cmq.labelling.web;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.Transition;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.SigningPage;

/**
 * A dossier's deposit and co-signatures are signed on a page of their own: what is signed, by whom, as what, today;
 * the signer certifies having read it and signs the version read.
 */
@Controller
@RequiredArgsConstructor
class DossierSigningController {

    private final DossierWorkflow workflow;
    private final Refusals refusals;
    private final Clock clock;

    @GetMapping("/dossiers/{id}/etapes/{name}/signature")
    String confirm(@PathVariable long id, @PathVariable String name, @AuthenticationPrincipal CmqUser user,
            Model model, RedirectAttributes redirect) {
        try {
            return SigningPage.of(model, workflow.toSign(user, id, transition(name)), user.displayName(), user.email(), clock,
                    "/dossiers/" + id + "/etapes/" + name + "/signature", DossierController.path(id));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
            return "redirect:" + DossierController.path(id);
        }
    }

    @PostMapping("/dossiers/{id}/etapes/{name}/signature")
    String sign(@PathVariable long id, @PathVariable String name, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Long version, @RequestParam(defaultValue = "false") boolean read,
            RedirectAttributes redirect) {
        var transition = transition(name);
        try {
            workflow.sign(user, id, transition, version == null ? -1 : version, read);
            redirect.addFlashAttribute("moved", transition.name());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("unread", e.getMessage());
            return "redirect:/dossiers/" + id + "/etapes/" + name + "/signature";
        }
        return "redirect:" + DossierController.path(id);
    }

    private static Transition transition(String name) {
        return Transition.named(name).orElseThrow(() -> new NotFoundException("Pas d'étape « " + name + " »"));
    }
}
