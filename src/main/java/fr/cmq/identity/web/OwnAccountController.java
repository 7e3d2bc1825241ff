package fr.cmq.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.AccountQueries;
import fr.cmq.identity.internal.accounts.AccountSessions;
import fr.cmq.identity.internal.accounts.PasswordLife;
import fr.cmq.identity.internal.tokens.ApiTokens;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.signing.SignatureBook;
import fr.cmq.shared.web.Refusals;

/**
 * A person's own account: its grants, its password (the current one asked), its personal API tokens — created and
 * shown once in the answer to the form, never in an address —, revoked at once. Every act is on the signed-in
 * account only: no identifier of an account is taken from the request.
 */
@Controller
@RequestMapping("/mon-compte")
@RequiredArgsConstructor
class OwnAccountController {

    private static final int DEFAULT_TOKEN_DAYS = 90;
    private static final int SIGNATURES_SHOWN = 100;

    private final AccountQueries queries;
    private final PasswordLife passwords;
    private final ApiTokens tokens;
    private final AccountSessions sessions;
    private final Refusals refusals;
    private final Clock clock;
    private final SignatureBook signatures;

    /** This session's mark: the list of sessions says which one is this. */
    @ModelAttribute("ownMark")
    @Nullable String currentMark(HttpServletRequest request) {
        return ownMark(request);
    }

    @GetMapping
    String show(@AuthenticationPrincipal CmqUser user, Model model) {
        return page(user, model, null);
    }

    @PostMapping("/mot-de-passe")
    String changePassword(@AuthenticationPrincipal CmqUser user,
            @RequestParam(name = "motDePasseActuel", defaultValue = "") String current,
            @RequestParam(name = "motDePasse", defaultValue = "") String password,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (!password.equals(confirmation)) {
                throw new InvalidFieldException("confirmation", "Les deux saisies du nouveau mot de passe diffèrent.");
            }
            passwords.change(user, current, password);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/mon-compte";
        } catch (InvalidFieldException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("passwordError", e);
            return page(user, model, null);
        }
    }

    @PostMapping("/jetons")
    String createToken(@AuthenticationPrincipal CmqUser user, @RequestParam(name = "nom", defaultValue = "") String name,
            @RequestParam(name = "expiration", defaultValue = "") String expiration,
            @RequestParam(name = "acces", defaultValue = "LECTURE") String access, Model model,
            HttpServletResponse response) {
        var form = new TokenForm(name, expiration, !"ECRITURE".equals(access));
        try {
            var created = tokens.create(user, name, day(expiration), form.readOnly());
            response.setStatus(HttpStatus.CREATED.value());
            // the secret is in this answer only: no cache keeps it, no reload asks for another one
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("created", created);
            return page(user, model, null);
        } catch (InvalidFieldException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("tokenError", e);
            return page(user, model, form);
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("tokenRefusal", refusals.of(e));
            return page(user, model, form);
        }
    }

    @PostMapping("/sessions/{id}/fermer")
    String closeSession(@AuthenticationPrincipal CmqUser user, @PathVariable long id, HttpServletRequest request,
            RedirectAttributes redirect) {
        sessions.close(user, id, ownMark(request));
        redirect.addFlashAttribute("sessionClosed", true);
        return "redirect:/mon-compte#sessions";
    }

    @PostMapping("/jetons/{id}/revoquer")
    String revokeToken(@AuthenticationPrincipal CmqUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/mon-compte#jetons";
    }

    private String page(CmqUser user, Model model, @Nullable TokenForm form) {
        var today = LocalDate.now(clock);
        model.addAttribute("sessions", sessions.openOn(user));
        model.addAttribute("grants", queries.ownGrants(user));
        model.addAttribute("tokens", tokens.ownedBy(user));
        model.addAttribute("signed", signatures.signedBy(user.email(), SIGNATURES_SHOWN));
        model.addAttribute("today", today);
        model.addAttribute("tokenForm", form != null ? form
                : new TokenForm("", today.plusDays(DEFAULT_TOKEN_DAYS).toString(), true));
        model.addAttribute("latestExpiry", today.plusYears(1));
        return "identity/own-account";
    }

    private static @Nullable String ownMark(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(AccountSessions.MARK) instanceof String mark ? mark : null;
    }

    private static @Nullable LocalDate day(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("expiration", "Indiquez l’échéance comme une date (jj/mm/aaaa).");
        }
    }

    /** What the token form holds, given back when it is refused. */
    record TokenForm(String name, String expiration, boolean readOnly) {
    }
}
