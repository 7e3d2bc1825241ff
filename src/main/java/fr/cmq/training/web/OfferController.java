package fr.cmq.training.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
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

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.Member;
import fr.cmq.directory.Certification;
import fr.cmq.directory.Certifications;
import fr.cmq.directory.Level;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.Formation;
import fr.cmq.training.Formations;
import fr.cmq.training.TrainingOffer;

/**
 * The team keeps its campus's offer here, and a member's contact the formations of its own organisation: the list with
 * its coverage, the form to add or change a formation, its removal, and the export.
 */
@Controller
@RequestMapping("/campus/{id}/offre")
@RequiredArgsConstructor
class OfferController {

    private final TrainingOffer offer;
    private final Formations formations;
    private final CampusDirectory campuses;
    private final CampusSites sites;
    private final Certifications certifications;
    private final OfferPage offerPage;
    private final Guard guard;

    static String path(long campusId) {
        return "/campus/" + campusId + "/offre";
    }

    @GetMapping
    @Requires(CONTRIBUTE)
    String offer(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("parcoursForm", PathForms.ParcoursForm.blank());
        model.addAttribute("passerelleForm", PathForms.PasserelleForm.blank());
        return offerPage.render(campuses.get(id), user, model);
    }

    /** The form of a new formation: first a certification is looked for in the reference, or typed when absent. */
    @GetMapping("/nouvelle")
    @Requires(CONTRIBUTE)
    String newFormation(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String recherche,
            @RequestParam(required = false) @Nullable String certification,
            @RequestParam(defaultValue = "false") boolean horsReferentiel, Model model) {
        var campus = campuses.get(id);
        var keepable = offer.membersKeptBy(user, campus);
        if (recherche != null && !recherche.isBlank()) {
            model.addAttribute("matches", certifications.search(recherche.strip(), 20));
        }
        model.addAttribute("recherche", recherche);
        Certification chosen = certification == null ? null : certifications.find(certification)
                .orElseThrow(() -> new NotFoundException("Certification " + certification + " introuvable"));
        if (chosen == null && !horsReferentiel) {
            model.addAttribute("campus", campus);
            return "training/choose-certification";
        }
        model.addAttribute("form", FormationForm.blank(keepable.size() == 1 ? keepable.getFirst().id() : null, chosen));
        return form(campus, keepable, chosen, null, model);
    }

    @PostMapping
    @Requires(CONTRIBUTE)
    String add(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") FormationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        var keepable = offer.membersKeptBy(user, campus);
        var chosen = chosen(form);
        if (errors.hasErrors()) {
            return form(campus, keepable, chosen, null, model);
        }
        try {
            long formationId = offer.add(user, id, form.toDetails());
            redirect.addFlashAttribute("saved", formationId);
        } catch (InvalidFieldException e) {
            errors.rejectValue(field(e), "invalid", e.getMessage());
            return form(campus, keepable, chosen, null, model);
        }
        return "redirect:" + path(id);
    }

    @GetMapping("/{formationId}")
    @Requires(CONTRIBUTE)
    String edit(@PathVariable long id, @PathVariable long formationId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var campus = campuses.get(id);
        var formation = keepable(user, campus, formationId);
        model.addAttribute("form", FormationForm.of(formation));
        return form(campus, offer.membersKeptBy(user, campus), chosen(FormationForm.of(formation)), formation, model);
    }

    @PostMapping("/{formationId}")
    @Requires(CONTRIBUTE)
    String update(@PathVariable long id, @PathVariable long formationId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") FormationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        var formation = keepable(user, campus, formationId);
        var keepable = offer.membersKeptBy(user, campus);
        var chosen = chosen(form);
        if (errors.hasErrors() || form.version() == null) {
            return form(campus, keepable, chosen, formation, model);
        }
        try {
            offer.update(user, id, formationId, form.version(), form.toDetails());
        } catch (InvalidFieldException e) {
            errors.rejectValue(field(e), "invalid", e.getMessage());
            return form(campus, keepable, chosen, formation, model);
        } catch (OptimisticLockingFailureException e) {
            var current = keepable(user, campus, formationId);
            StaleVersions.shownBeside(model, response, current, form.over(current.version()));
            return form(campus, keepable, chosen, current, model);
        }
        redirect.addFlashAttribute("saved", formationId);
        return "redirect:" + path(id);
    }

    @GetMapping("/{formationId}/suppression")
    @Requires(CONTRIBUTE)
    String confirmRemoval(@PathVariable long id, @PathVariable long formationId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var campus = campuses.get(id);
        var formation = keepable(user, campus, formationId);
        return Confirmation.of(model, campus.name(), "offer.remove", formation.title(),
                path(id) + "/" + formationId + "/suppression", path(id));
    }

    @PostMapping("/{formationId}/suppression")
    @Requires(CONTRIBUTE)
    String remove(@PathVariable long id, @PathVariable long formationId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        offer.remove(user, id, formationId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + path(id);
    }

    private String form(CampusDetails campus, List<Member> keepable, @Nullable Certification chosen,
            @Nullable Formation formation, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("members", keepable);
        model.addAttribute("sites", sites.of(campus.id()));
        model.addAttribute("certification", chosen);
        model.addAttribute("formation", formation);
        model.addAttribute("admissions", AdmissionRoute.values());
        model.addAttribute("levels", Level.values());
        return "training/form";
    }

    private @Nullable Certification chosen(FormationForm form) {
        return form.certificationId() == null || form.certificationId().isBlank() ? null
                : certifications.find(form.certificationId()).orElse(null);
    }

    private Formation keepable(CmqUser user, CampusDetails campus, long formationId) {
        var formation = formations.find(formationId).filter(found -> found.campusId() == campus.id());
        if (formation.isEmpty()) {
            throw new NotFoundException("Formation " + formationId + " introuvable dans ce campus");
        }
        guard.requireActsFor(user, campus.scope(), formation.get().memberId());
        return formation.get();
    }

    /** Where a refusal of the offer lands on the form: a status's capacity is one of the statuses. */
    private static String field(InvalidFieldException e) {
        return e.field().equals("statuses") ? "scolaireCapacity" : e.field();
    }
}
