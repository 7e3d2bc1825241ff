package fr.cmq.campus.web;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.Category;
import fr.cmq.directory.Filieres;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RequiresCampusCreator;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.territory.Territories;

/**
 * A new campus, made by the national administration anywhere or by a pilot in its territory: its name, filière,
 * category, région and académies, then its own page, where its team and network are set up.
 */
@Controller
@RequestMapping("/campus/nouveau")
@RequiresCampusCreator
@RequiredArgsConstructor
class CampusCreationController {

    private final CampusRegistry registry;
    private final Filieres filieres;
    private final Territories territories;

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", NewCampusForm.blank());
        return page(model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CmqUser user, @Valid @ModelAttribute("form") NewCampusForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            long id = registry.create(user, form.toNewCampus());
            redirect.addFlashAttribute("created", true);
            return "redirect:/campus/" + id;
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("filieres", filieres.all());
        model.addAttribute("categories", Category.values());
        model.addAttribute("regions", territories.regions());
        model.addAttribute("academies", territories.academies());
        return "campus/new";
    }
}
