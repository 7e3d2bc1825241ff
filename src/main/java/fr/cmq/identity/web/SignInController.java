package fr.cmq.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.cmq.identity.CmqUser;

@Controller
class SignInController {

    @GetMapping("/connexion")
    String signIn() {
        return "identity/sign-in";
    }

    @GetMapping("/espace")
    String mySpace(@AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("user", user);
        return "identity/my-space";
    }
}
