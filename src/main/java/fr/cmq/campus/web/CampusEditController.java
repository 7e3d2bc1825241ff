package fr.cmq.campus.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
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


import fr.cmq.campus.CampusConflictException;
import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.Finalite;
import fr.cmq.identity.AuditEntry;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.StaleVersions;

/** The campus team's pages: the profile form (with concurrent changes shown, never overwritten) and the history. */
@Controller
@RequestMapping("/campus/{id}")
@RequiredArgsConstructor
class CampusEditController {

    private static final int HISTORY_SIZE = 200;

    private final CampusDirectory campuses;
    private final CampusRegistry registry;
    private final AuditTrail auditTrail;
    private final HistoryDetails historyDetails;

    @GetMapping("/modifier")
    @Requires(EDIT)
    String edit(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        model.addAttribute("form", ProfileForm.of(campus));
        return form(campus, model);
    }

    @PostMapping("/modifier")
    @Requires(EDIT)
    String save(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        if (errors.hasErrors()) {
            return form(campus, model);
        }
        try {
            registry.updateProfile(user, id, form.version(), form.toProfile());
        } catch (CampusConflictException conflict) {
            StaleVersions.shownBeside(model, response, conflict.current(),
                    form.atVersion(conflict.current().version()));
            model.addAttribute("differences", differences(conflict.current(), form));
            return form(conflict.current(), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/campus/" + id;
    }

    @GetMapping("/historique")
    @Requires(READ_PRIVATE)
    String history(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        model.addAttribute("campus", campus);
        model.addAttribute("entries", auditTrail.historyOf("campus", id, HISTORY_SIZE).stream()
                .map(entry -> new HistoryLine(entry, historyDetails.of(entry))).toList());
        return "campus/history";
    }

    /** A field the other person and this user set differently: what is stored now, and what this user typed. */
    record Difference(String field, @Nullable String theirs, @Nullable String yours) {
    }

    private static List<Difference> differences(CampusDetails current, ProfileForm form) {
        var theirs = ProfileForm.of(current);
        var differences = new ArrayList<Difference>();
        compare(differences, "campus.form.name", theirs.name(), form.name());
        compare(differences, "campus.form.territory", theirs.territoryDescription(), form.territoryDescription());
        compare(differences, "campus.form.uai", Objects.toString(theirs.supportUai(), null),
                Objects.toString(form.supportUai(), null));
        compare(differences, "campus.form.convention", String.valueOf(theirs.conventionDate()),
                String.valueOf(form.conventionDate()));
        compare(differences, "campus.form.presentation", theirs.presentation(), form.presentation());
        compare(differences, "campus.form.website", theirs.website(), form.website());
        compare(differences, "campus.form.email", theirs.contactEmail(), form.contactEmail());
        compare(differences, "campus.form.lieudevie", theirs.lieuDeVie(), form.lieuDeVie());
        compare(differences, "campus.form.objectives", String.valueOf(theirs.toProfile().objectives()),
                String.valueOf(form.toProfile().objectives()));
        return differences;
    }

    private static void compare(List<Difference> differences, String field, @Nullable String theirs,
            @Nullable String yours) {
        if (!Objects.equals(normalize(theirs), normalize(yours))) {
            differences.add(new Difference(field, theirs, yours));
        }
    }

    private static @Nullable String normalize(@Nullable String value) {
        return value == null || value.isBlank() || value.equals("null") ? null : value.strip();
    }

    record HistoryLine(AuditEntry entry, List<HistoryDetails.Detail> details) {
    }

    private String form(CampusDetails campus, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("finalites", Finalite.values());
        return "campus/edit";
    }

}
