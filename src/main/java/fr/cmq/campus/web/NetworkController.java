package fr.cmq.campus.web;

import static fr.cmq.identity.CampusAction.EDIT;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.Member;
import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.OrganisationType;
import fr.cmq.directory.EstablishmentSearch;
import fr.cmq.directory.Establishments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidIdentifierException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.Refusals;

/** The campus team keeps its network: finds establishments in the Annuaire, adds members, records departures. */
@Controller
@RequestMapping("/campus/{id}/reseau")
@RequiredArgsConstructor
class NetworkController {

    private static final int FOUND = 10;

    private final CampusDirectory campuses;
    private final CampusRegistry registry;
    private final Establishments establishments;
    private final Refusals refusals;
    private final Clock clock;
    private final MessageSource messages;

    @GetMapping
    @Requires(EDIT)
    String network(@PathVariable long id, @RequestParam(required = false) @Nullable String q,
            @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("form", MemberForm.empty());
        return page(campuses.get(id), q, model);
    }

    @PostMapping
    @Requires(EDIT)
    String add(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        if (!form.byUai() && !StringUtils.hasText(form.name())) {
            errors.rejectValue("name", "network.form.name.required");
        }
        if (errors.hasErrors()) {
            return page(campus, null, model);
        }
        try {
            registry.addMember(user, id, form.toNewMember());
        } catch (RuleViolationException | InvalidIdentifierException e) {
            model.addAttribute("refusal", refusals.of(e));
            return page(campus, null, model);
        }
        redirect.addFlashAttribute("added", form.uai() != null ? form.uai().value() : form.name().strip());
        return "redirect:/campus/" + id + "/reseau";
    }

    @GetMapping("/{memberId}/depart")
    @Requires(EDIT)
    String confirmLeave(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var campus = campuses.get(id);
        model.addAttribute("campus", campus);
        model.addAttribute("member", member(campus, memberId));
        model.addAttribute("today", LocalDate.now(clock));
        return "campus/leave";
    }

    @PostMapping("/{memberId}/depart")
    @Requires(EDIT)
    String leave(@PathVariable long id, @PathVariable long memberId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        var campus = campuses.get(id);
        var member = member(campus, memberId);
        try {
            registry.leave(user, id, memberId, leftOn);
            redirect.addFlashAttribute("left", member.name());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        }
        return "redirect:/campus/" + id + "/reseau";
    }

    private String page(CampusDetails campus, @Nullable String q, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("memberLines", MemberLine.of(campus, true, messages));
        model.addAttribute("q", q);
        model.addAttribute("found", StringUtils.hasText(q)
                ? establishments.search(new EstablishmentSearch(q, null, null, null), 0, FOUND)
                : null);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("roles", NetworkRole.values());
        model.addAttribute("former", campus.members().stream().filter(member -> !member.active()).toList());
        return "campus/network";
    }

    private static Member member(CampusDetails campus, long memberId) {
        return campus.members().stream().filter(member -> member.id() == memberId && member.active()).findFirst()
                .orElseThrow(() -> new NotFoundException("Membre " + memberId + " introuvable"));
    }

}
