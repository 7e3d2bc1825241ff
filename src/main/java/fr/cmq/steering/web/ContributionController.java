package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

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

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.Euros;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.Refusals;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.ContributionKind;

/** What the members bring to a campus's budget of a year: declared by their contact or by the team, or withdrawn. */
@Controller
@RequestMapping("/campus/{id}/budget")
@RequiredArgsConstructor
class ContributionController {

    private final BudgetContributions budgetContributions;
    private final CampusBudgets budgets;
    private final CampusDirectory campuses;
    private final Refusals refusals;
    private final Guard guard;

    @GetMapping("/{year}/contributions/nouvelle")
    @Requires(CONTRIBUTE)
    String newContribution(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var members = budgetContributions.declarableBy(user, id);
        model.addAttribute("form", ContributionForm.blank(members.size() == 1 ? members.getFirst().id() : null));
        return contributionForm(id, year, user, model);
    }

    @PostMapping("/{year}/contributions")
    @Requires(CONTRIBUTE)
    String declare(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") ContributionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        if (errors.hasErrors()) {
            return contributionForm(id, year, user, model);
        }
        try {
            budgetContributions.declare(user, id, year, form.toContribution());
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return contributionForm(id, year, user, model);
        } catch (RuleViolationException e) {
            model.addAttribute("refusal", refusals.of(e));
            return contributionForm(id, year, user, model);
        }
        redirect.addFlashAttribute("declared", true);
        return "redirect:" + BudgetController.path(id, year);
    }

    @GetMapping("/{year}/contributions/{contributionId}/suppression")
    @Requires(CONTRIBUTE)
    String confirmWithdrawal(@PathVariable long id, @PathVariable int year, @PathVariable long contributionId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var contributions = guard.may(user, READ_PRIVATE, id) ? budgets.read(user, id, year).contributions()
                : budgetContributions.contributionsOf(user, id, year);
        var contribution = contributions.stream().filter(c -> c.id() == contributionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Contribution " + contributionId + " introuvable"));
        return Confirmation.of(model, campuses.get(id).name(), "budget.contribution.remove",
                contribution.memberName() + " — " + Euros.format(contribution.amount()),
                BudgetController.path(id, year) + "/contributions/" + contributionId + "/suppression", BudgetController.path(id, year));
    }

    @PostMapping("/{year}/contributions/{contributionId}/suppression")
    @Requires(CONTRIBUTE)
    String withdraw(@PathVariable long id, @PathVariable int year, @PathVariable long contributionId,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        try {
            budgetContributions.withdraw(user, id, year, contributionId);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
            return "redirect:" + BudgetController.path(id, year);
        }
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:" + BudgetController.path(id, year);
    }

    private String contributionForm(long id, int year, CmqUser user, Model model) {
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("year", year);
        model.addAttribute("members", budgetContributions.declarableBy(user, id));
        model.addAttribute("kinds", ContributionKind.values());
        return "steering/contribution-form";
    }
}
