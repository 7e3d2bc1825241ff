package fr.cmq.campus.web;

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

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.SiteKind;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidIdentifierException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.Refusals;

/** The campus team keeps the places of its campus. */
@Controller
@RequestMapping("/campus/{id}/sites")
@RequiredArgsConstructor
class SitesController {

    private final CampusDirectory campuses;
    private final CampusSites sites;
    private final Refusals refusals;

    @GetMapping
    @Requires(EDIT)
    String sites(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("form", SiteForm.empty());
        return page(campuses.get(id), model);
    }

    @PostMapping
    @Requires(EDIT)
    String add(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") SiteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        if (errors.hasErrors()) {
            return page(campus, model);
        }
        try {
            sites.add(user, id, form.toNewSite());
        } catch (RuleViolationException | InvalidIdentifierException e) {
            model.addAttribute("refusal", refusals.of(e));
            return page(campus, model);
        }
        redirect.addFlashAttribute("added", form.name().strip());
        return "redirect:/campus/" + id + "/sites";
    }

    @GetMapping("/{siteId}/suppression")
    @Requires(EDIT)
    String confirmRemove(@PathVariable long id, @PathVariable long siteId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var campus = campuses.get(id);
        var site = sites.of(id).stream().filter(s -> s.id() == siteId).findFirst()
                .orElseThrow(() -> new NotFoundException("Site " + siteId + " introuvable"));
        return Confirmation.of(model, campus.name(), "sites.remove", site.name(),
                "/campus/" + id + "/sites/" + siteId + "/suppression", "/campus/" + id + "/sites");
    }

    @PostMapping("/{siteId}/suppression")
    @Requires(EDIT)
    String remove(@PathVariable long id, @PathVariable long siteId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        sites.remove(user, id, siteId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/campus/" + id + "/sites";
    }

    private String page(CampusDetails campus, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("sites", sites.of(campus.id()));
        model.addAttribute("kinds", SiteKind.values());
        return "campus/sites";
    }
}
