package fr.cmq.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.PasswordLife;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;

/**
 * The pages a person reaches from an e-mail, signed out: choosing its password from an invitation's or a reset's link
 * (the link's secret goes back in the form, never kept in an address after use), and asking for a reset link, which
 * is answered the same way whether the address has an account or not.
 */
@Controller
@RequiredArgsConstructor
class PasswordController {

    private final PasswordLife passwords;
    private final ApplicationEventPublisher events;

    @GetMapping("/mot-de-passe")
    String choose(@RequestParam(name = "jeton", defaultValue = "") String token, Model model,
            HttpServletResponse response) {
        var holder = passwords.holderOf(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "identity/link-expired";
        }
        model.addAttribute("holder", holder.get());
        model.addAttribute("token", token);
        return "identity/choose-password";
    }

    @PostMapping("/mot-de-passe")
    String set(@RequestParam(name = "jeton", defaultValue = "") String token,
            @RequestParam(name = "motDePasse", defaultValue = "") String password,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var holder = passwords.holderOf(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "identity/link-expired";
        }
        try {
            if (!password.equals(confirmation)) {
                throw new InvalidFieldException("confirmation", "Les deux saisies du mot de passe diffèrent.");
            }
            signIn(passwords.setFromLink(token, password), request, response);
            return "redirect:/espace";
        } catch (InvalidFieldException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("holder", holder.get());
            model.addAttribute("token", token);
            model.addAttribute("error", e);
            return "identity/choose-password";
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.GONE.value());
            return "identity/link-expired";
        }
    }

    @GetMapping("/mot-de-passe-oublie")
    String forgotten(@RequestParam(name = "demande", required = false) @Nullable String asked, Model model) {
        model.addAttribute("asked", asked != null ? true : null);
        return "identity/forgotten-password";
    }

    @PostMapping("/mot-de-passe-oublie")
    String askReset(@RequestParam(name = "email", defaultValue = "") String email, Model model,
            HttpServletResponse response) {
        String address = email.strip();
        if (address.isEmpty() || address.length() > PlainText.MAX_EMAIL_LENGTH || !address.contains("@")
                || PlainText.hasControlCharacters(address)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("invalid", true);
            return "identity/forgotten-password";
        }
        passwords.askReset(address);
        return "redirect:/mot-de-passe-oublie?demande";
    }

    /** Signed in as after the sign-in form: a new session id, the context kept in it, the sign-in audited. */
    private void signIn(CmqUser user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
    }

}
