package fr.cmq.campus.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;

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
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.Member;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.StaleVersions;

/** A member organisation's contact keeps its contact details and its presentation, and only those. */
@Controller
@RequestMapping("/campus/{id}/reseau/{memberId}/coordonnees")
@RequiredArgsConstructor
class OrganisationController {

    private final CampusRegistry registry;
    private final CampusDirectory directory;

    static String path(long campusId, long memberId) {
        return "/campus/" + campusId + "/reseau/" + memberId + "/coordonnees";
    }

    @GetMapping
    @Requires(CONTRIBUTE)
    String form(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var member = registry.organisation(user, id, memberId);
        model.addAttribute("form", OrganisationForm.of(member));
        return page(id, member, model);
    }

    @PostMapping
    @Requires(CONTRIBUTE)
    String save(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var member = registry.organisation(user, id, memberId);
        if (errors.hasErrors()) {
            return page(id, member, model);
        }
        try {
            registry.updateOrganisation(user, id, memberId, form.version(), form.toDetails());
        } catch (OptimisticLockingFailureException e) {
            var current = registry.organisation(user, id, memberId);
            StaleVersions.shownBeside(model, response, current, form.over(current.version()));
            return page(id, current, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path(id, memberId);
    }

    private String page(long campusId, Member member, Model model) {
        model.addAttribute("campus", directory.find(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable")));
        model.addAttribute("member", member);
        return "campus/organisation";
    }
}
