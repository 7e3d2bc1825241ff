package fr.cmq.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.cmq.identity.internal.proconnect.ProConnect;

/** The sign-in page, with ProConnect's button when it is configured, and the page of an agent it knows and we do not. */
@Controller
@RequiredArgsConstructor
class SignInController {

    private final ObjectProvider<ProConnect> proConnect;

    @GetMapping("/connexion")
    String signIn(Model model) {
        model.addAttribute("proConnect", proConnect.getIfAvailable() != null);
        return "identity/sign-in";
    }

    /** Reached only when ProConnect could not be asked: the sign-in page says so. */
    @GetMapping(ProConnect.UNAVAILABLE_PAGE)
    String proConnectUnavailable() {
        return "redirect:/connexion?indisponible";
    }

    @GetMapping(ProConnect.UNKNOWN_AGENT_PAGE)
    String unknownAgent(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        Object email = session == null ? null : session.getAttribute(ProConnect.UNKNOWN_AGENT);
        model.addAttribute("email", email instanceof String address ? address : null);
        return "identity/proconnect-unknown";
    }
}
