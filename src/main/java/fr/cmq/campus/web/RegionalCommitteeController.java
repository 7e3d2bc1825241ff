package fr.cmq.campus.web;

import static fr.cmq.identity.RegionAction.KEEP;
import static fr.cmq.identity.RegionAction.READ;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
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

import fr.cmq.campus.RegionalCommittee;
import fr.cmq.campus.RegionalCommittees;
import fr.cmq.campus.web.CommitteeForms.NamedSeatsForm;
import fr.cmq.campus.web.CommitteeForms.RepresentativeForm;
import fr.cmq.directory.Filieres;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RequiresRegion;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.documents.DocumentDownloads;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.ReadInOneTransaction;
import fr.cmq.shared.web.StaleVersions;

/**
 * The comité d'orientation stratégique of a région's campuses: its composition (named seats, filière representatives,
 * and each campus's two offices as the accounts hold them) and the minutes of its meetings (recorded by
 * {@link CommitteeMeetingController}).
 */
@Controller
@RequestMapping("/comites")
@RequiredArgsConstructor
class RegionalCommitteeController {

    private final RegionalCommittees committees;
    private final Filieres filieres;
    private final Documents documents;
    private final Guard guard;
    private final Clock clock;

    @GetMapping
    @ReadInOneTransaction
    String list(@AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("committees", committees.readableBy(user));
        return "campus/committees";
    }

    @GetMapping("/{region}")
    @RequiresRegion(READ)
    @ReadInOneTransaction
    String committee(@PathVariable String region, @AuthenticationPrincipal CmqUser user, Model model) {
        var committee = committees.of(region);
        model.addAttribute("form", NamedSeatsForm.of(committee));
        return page(committee, user, model);
    }

    @PostMapping("/{region}/membres-designes")
    @RequiresRegion(KEEP)
    String nameSeats(@PathVariable String region, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") NamedSeatsForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        if (errors.hasErrors()) {
            return page(committees.of(region), user, model);
        }
        try {
            committees.nameSeats(user, region, form.version(), PlainText.blankToNull(form.recteurName()),
                    PlainText.blankToNull(form.presidentName()));
        } catch (OptimisticLockingFailureException e) {
            var current = committees.of(region);
            StaleVersions.shownBeside(model, response, NamedSeatsForm.of(current),
                    new NamedSeatsForm(form.recteurName(), form.presidentName(), current.version()));
            return page(current, user, model);
        }
        redirect.addFlashAttribute("done", "committee.seats.named");
        return "redirect:/comites/" + region;
    }

    @GetMapping("/{region}/representants")
    @RequiresRegion(KEEP)
    String representativeForm(@PathVariable String region, Model model) {
        model.addAttribute("form", RepresentativeForm.empty());
        return representativePage(committees.of(region), model);
    }

    @PostMapping("/{region}/representants")
    @RequiresRegion(KEEP)
    String addRepresentative(@PathVariable String region, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") RepresentativeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        if (!errors.hasFieldErrors("filiereCode")
                && filieres.all().stream().noneMatch(filiere -> filiere.code().equals(form.filiereCode()))) {
            errors.rejectValue("filiereCode", "committee.form.filiere.required");
        }
        if (errors.hasErrors()) {
            return representativePage(committees.of(region), model);
        }
        committees.addRepresentative(user, region, form.filiereCode(), form.personName(),
                PlainText.blankToNull(form.organisation()));
        redirect.addFlashAttribute("done", "committee.representative.added");
        return "redirect:/comites/" + region + "#composition";
    }

    @GetMapping("/{region}/representants/{representativeId}/suppression")
    @RequiresRegion(KEEP)
    String confirmRemoveRepresentative(@PathVariable String region, @PathVariable long representativeId, Model model) {
        var committee = committees.of(region);
        var representative = committee.representatives().stream().filter(r -> r.id() == representativeId)
                .findFirst().orElseThrow(() -> new NotFoundException("Représentant " + representativeId + " introuvable"));
        String base = "/comites/" + region;
        return Confirmation.of(model, committee.regionName(), "committee.remove.representative",
                representative.personName(), base + "/representants/" + representativeId + "/suppression", base);
    }

    @PostMapping("/{region}/representants/{representativeId}/suppression")
    @RequiresRegion(KEEP)
    String removeRepresentative(@PathVariable String region, @PathVariable long representativeId,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        committees.removeRepresentative(user, region, representativeId);
        redirect.addFlashAttribute("done", "committee.representative.removed");
        return "redirect:/comites/" + region + "#composition";
    }

    @GetMapping("/{region}/documents/{documentId}")
    @RequiresRegion(READ)
    ResponseEntity<Resource> minutes(@PathVariable String region, @PathVariable long documentId) {
        var minutes = committees.minutes(region, documentId)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " introuvable"));
        return DocumentDownloads.serve(documents, minutes, false);
    }

    private String page(RegionalCommittee committee, CmqUser user, Model model) {
        model.addAttribute("committee", committee);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayKeep", guard.may(user, KEEP, committee.regionCode()));
        return "campus/committee";
    }

    private String representativePage(RegionalCommittee committee, Model model) {
        model.addAttribute("committee", committee);
        model.addAttribute("filieres", filieres.all());
        return "campus/committee-representative";
    }

}
