package fr.cmq.identity.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RequiresInviter;
import fr.cmq.identity.Role;
import fr.cmq.identity.internal.accounts.AccountAdministration;
import fr.cmq.identity.internal.accounts.AccountQueries;
import fr.cmq.identity.internal.accounts.AccountSearch;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.Refusals;

/**
 * The accounts a person opens and manages: the list with its filters, the invitation, an account's page with its
 * grants and history, and the acts on it — each refused by the guard to whoever opens no account, and by the
 * invitation rules to whoever may not act on that account.
 */
@Controller
@RequestMapping("/comptes")
@RequiresInviter
@RequiredArgsConstructor
class AccountsController {

    private static final int PAGE_SIZE = 50;

    private final AccountQueries queries;
    private final AccountAdministration administration;
    private final InvitationChoices choices;
    private final Refusals refusals;
    private final Clock clock;

    @GetMapping
    String list(@AuthenticationPrincipal CmqUser user, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Role role, @RequestParam(required = false) @Nullable Long campus,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(name = "etat", required = false) AccountSearch.@Nullable State state,
            @RequestParam(defaultValue = "false") boolean dormants,
            @RequestParam(defaultValue = "NOM") AccountSearch.Sort tri, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = new AccountSearch(q, role, campus, academie, state, dormants, tri);
        model.addAttribute("search", search);
        model.addAttribute("accounts", queries.search(user, search, Math.max(page, 0), PAGE_SIZE));
        choices.addTo(model, user, null);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("sorts", AccountSearch.Sort.values());
        model.addAttribute("states", AccountSearch.State.values());
        return "accounts/list";
    }

    @GetMapping("/inviter")
    String inviteForm(@AuthenticationPrincipal CmqUser user, @RequestParam(required = false) @Nullable Long campus,
            @RequestParam(required = false) @Nullable Long membre, @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable Long compte, Model model) {
        var form = InviteForm.blank(campus, membre, role);
        if (compte != null) {
            var account = queries.details(user, compte);
            form = form.forAccount(account.email(), account.displayName());
        }
        model.addAttribute("form", form);
        choices.addTo(model, user, campus);
        return "accounts/invite";
    }

    @PostMapping("/inviter")
    String invite(@AuthenticationPrincipal CmqUser user, @Valid @ModelAttribute("form") InviteForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        choices.addTo(model, user, form.campusId());
        if (errors.hasErrors()) {
            return "accounts/invite";
        }
        try {
            long id = administration.invite(user, form.toInvitation(LocalDate.now(clock)));
            redirect.addFlashAttribute("invited", form.email());
            return "redirect:/comptes/" + id;
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
        } catch (RuleViolationException e) {
            errors.rejectValue("endsOn", "invalid", refusals.of(e));
        }
        return "accounts/invite";
    }

    @GetMapping("/{id}")
    String account(@AuthenticationPrincipal CmqUser user, @PathVariable long id, Model model) {
        model.addAttribute("account", queries.details(user, id));
        return "accounts/account";
    }

    @PostMapping("/{id}/roles/{grantId}/fin")
    String endGrant(@AuthenticationPrincipal CmqUser user, @PathVariable long id, @PathVariable long grantId,
            @RequestParam long version, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate le, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, model, response, redirect, "grantEnded",
                () -> administration.endGrant(user, id, version, grantId, le));
    }

    @PostMapping("/{id}/desactiver")
    String disable(@AuthenticationPrincipal CmqUser user, @PathVariable long id, @RequestParam long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, model, response, redirect, "disabled", () -> administration.disable(user, id, version));
    }

    @PostMapping("/{id}/activer")
    String enable(@AuthenticationPrincipal CmqUser user, @PathVariable long id, @RequestParam long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, model, response, redirect, "enabled", () -> administration.enable(user, id, version));
    }

    @PostMapping("/{id}/relancer")
    String resend(@AuthenticationPrincipal CmqUser user, @PathVariable long id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, model, response, redirect, "resent", () -> administration.resendInvitation(user, id));
    }

    /**
     * Runs an act on the account and comes back to its page saying it; an account changed since its page was read
     * is shown again as it now stands (409), a refused act with its reason (422).
     */
    private String act(CmqUser user, long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
            String done, Runnable act) {
        try {
            act.run();
            redirect.addFlashAttribute(done, true);
            return "redirect:/comptes/" + id;
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
        } catch (InvalidFieldException | RuleViolationException e) {
            response.setStatus(422);
            model.addAttribute("refusal", refusals.of(e));
        }
        model.addAttribute("account", queries.details(user, id));
        return "accounts/account";
    }
}
