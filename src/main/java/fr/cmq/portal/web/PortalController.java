package fr.cmq.portal.web;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.cmq.directory.Filieres;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;

/** The home page and the legal pages, the same for everyone. */
@Controller
@PublicRead(Shown.REFERENCE)
@RequiredArgsConstructor
class PortalController {

    private final Filieres filieres;
    private final Publication publication;

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("filieres", filieres.all());
        return "portal/home";
    }

    @GetMapping("/mentions-legales")
    String legalNotice(Model model) {
        model.addAttribute("publication", publication);
        return "portal/legal-notice";
    }

    @GetMapping("/donnees-personnelles")
    String personalData() {
        return "portal/personal-data";
    }

    @GetMapping("/accessibilite")
    String accessibility(Model model) {
        model.addAttribute("publication", publication);
        model.addAttribute("accessibility", publication.accessibility());
        return "portal/accessibility";
    }
}
