package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.EDIT_AS_PILOT;
import static fr.cmq.identity.CampusAction.SIGN_OFF;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.SigningPage;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.EstablishedBudgets;

/**
 * A budget's way to its signature: the team submits it, the chef d'établissement support validates it or sends it
 * back saying why, the team reopens a validated one by an amendment saying why.
 */
@Controller
@RequestMapping("/campus/{id}/budget")
@RequiredArgsConstructor
class BudgetStepController {

    private final CampusBudgets budgets;
    private final EstablishedBudgets established;
    private final CampusDirectory campuses;
    private final Refusals refusals;
    private final Clock clock;

    @PostMapping("/{year}/soumission")
    @Requires(EDIT)
    String submit(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
        return step(id, year, redirect, "submitted", () -> budgets.submit(user, id, year, required(version)));
    }

    /** The regional comité's establishment of a submitted or validated budget, recorded by the comité's keepers. */
    @PostMapping("/{year}/etablissement")
    @Requires(EDIT_AS_PILOT)
    String establish(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Long version, @RequestParam(required = false) @Nullable Long meetingId,
            RedirectAttributes redirect) {
        return step(id, year, redirect, "established", () -> established.establish(user, id, year, required(version),
                Optional.ofNullable(meetingId).orElseThrow(() -> new InvalidFieldException("meetingId",
                        "Choisissez la réunion du comité qui a établi le budget"))));
    }

    /** The validation is a signature: asked on its own page, which says what is signed, by whom, as what, when. */
    @GetMapping("/{year}/validation")
    @Requires(SIGN_OFF)
    String confirmValidation(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            Model model, RedirectAttributes redirect) {
        try {
            return SigningPage.of(model, budgets.toValidate(user, id, year), user.displayName(), user.email(), clock,
                    BudgetController.path(id, year) + "/validation", BudgetController.path(id, year));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
            return "redirect:" + BudgetController.path(id, year);
        }
    }

    @PostMapping("/{year}/validation")
    @Requires(SIGN_OFF)
    String validate(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Long version, @RequestParam(defaultValue = "false") boolean read,
            RedirectAttributes redirect) {
        if (!read) {
            redirect.addFlashAttribute("unread", refusals.of(new InvalidFieldException("read",
                    "Cochez la case pour dire que vous avez relu ce que vous signez")));
            return "redirect:" + BudgetController.path(id, year) + "/validation";
        }
        return step(id, year, redirect, "validated", () -> budgets.validate(user, id, year, required(version)));
    }

    @GetMapping("/{year}/renvoi")
    @Requires(SIGN_OFF)
    String sendBackForm(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            Model model) {
        return blankReasonForm(user, id, year, "send-back", model);
    }

    @PostMapping("/{year}/renvoi")
    @Requires(SIGN_OFF)
    String sendBack(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return withReason(id, year, "send-back", form, errors, model, redirect, "sentBack",
                (version, reason) -> budgets.sendBack(user, id, year, version, reason));
    }

    @GetMapping("/{year}/avenant")
    @Requires(EDIT)
    String amendForm(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            Model model) {
        return blankReasonForm(user, id, year, "amend", model);
    }

    @PostMapping("/{year}/avenant")
    @Requires(EDIT)
    String amend(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return withReason(id, year, "amend", form, errors, model, redirect, "amended",
                (version, reason) -> budgets.amend(user, id, year, version, reason));
    }

    /** A step of the sign-off; a refused or stale one comes back to the budget with why. */
    private String step(long id, int year, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute(done, true);
        } catch (RuleViolationException | InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:" + BudgetController.path(id, year);
    }

    private static long required(@Nullable Long version) {
        if (version == null) {
            throw new InvalidFieldException("version", "La version lue du budget est requise");
        }
        return version;
    }

    private String blankReasonForm(CmqUser user, long id, int year, String step, Model model) {
        model.addAttribute("form", new ReasonForm(null, budgets.read(user, id, year).version()));
        return reasonForm(id, year, step, model);
    }

    /** A step said with a reason: the form comes back with its errors, or the step is taken at the version read. */
    private String withReason(long id, int year, String step, ReasonForm form, BindingResult bound, Model model,
            RedirectAttributes redirect, String done, BiConsumer<Long, String> take) {
        var errors = FormsShownAgain.keep(model, "form", form, bound);
        if (errors.hasErrors() || form.version() == null) {
            return reasonForm(id, year, step, model);
        }
        return step(id, year, redirect, done, () -> take.accept(form.version(), String.valueOf(form.reason())));
    }

    private String reasonForm(long id, int year, String step, Model model) {
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("year", year);
        model.addAttribute("step", step);
        return "steering/reason-form";
    }
}
