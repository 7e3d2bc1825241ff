package fr.cmq.campus.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusGovernance;
import fr.cmq.campus.Instance;
import fr.cmq.campus.InstanceKind;
import fr.cmq.campus.SeatQuality;
import fr.cmq.campus.web.GovernanceForms.InstanceForm;
import fr.cmq.campus.web.GovernanceForms.MeetingForm;
import fr.cmq.campus.web.GovernanceForms.SeatForm;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.documents.RejectedDocumentException;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;

/** The instances of a campus, their composition and meetings: read by the team and its pilots, kept by the team. */
@Controller
@RequestMapping("/campus/{id}/gouvernance")
@RequiredArgsConstructor
class GovernanceController {

    private final CampusDirectory campuses;
    private final CampusGovernance governance;
    private final Guard guard;

    @GetMapping
    @Requires(READ_PRIVATE)
    String governance(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("form", InstanceForm.empty());
        return page(campuses.get(id), user, model);
    }

    @PostMapping
    @Requires(EDIT)
    String addInstance(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") InstanceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        if (form.kind() == InstanceKind.COMITE_ORIENTATION_STRATEGIQUE) {
            errors.rejectValue("kind", "governance.form.kind.regional");
        }
        if (errors.hasErrors()) {
            return page(campus, user, model);
        }
        governance.addInstance(user, id, form.kind(), form.name());
        redirect.addFlashAttribute("done", "governance.instance.added");
        return "redirect:/campus/" + id + "/gouvernance";
    }

    @GetMapping("/{instanceId}/composition")
    @Requires(EDIT)
    String seatForm(@PathVariable long id, @PathVariable long instanceId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        model.addAttribute("form", SeatForm.empty());
        return seatPage(campuses.get(id), instanceId, model);
    }

    @PostMapping("/{instanceId}/composition")
    @Requires(EDIT)
    String addSeat(@PathVariable long id, @PathVariable long instanceId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") SeatForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        if (errors.hasErrors()) {
            return seatPage(campus, instanceId, model);
        }
        governance.addSeat(user, id, instanceId, form.personName(), form.quality(), PlainText.blankToNull(form.organisation()));
        redirect.addFlashAttribute("done", "governance.seat.added");
        return "redirect:/campus/" + id + "/gouvernance#instance-" + instanceId;
    }

    @GetMapping("/{instanceId}/reunions")
    @Requires(EDIT)
    String meetingForm(@PathVariable long id, @PathVariable long instanceId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        model.addAttribute("form", MeetingForm.empty());
        return meetingPage(campuses.get(id), instanceId, model);
    }

    @PostMapping("/{instanceId}/reunions")
    @Requires(EDIT)
    String addMeeting(@PathVariable long id, @PathVariable long instanceId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable MultipartFile minutes, Model model, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        if (errors.hasErrors()) {
            return meetingPage(campus, instanceId, model);
        }
        try {
            governance.addMeeting(user, id, instanceId, form.heldOn(), form.agenda(), PlainText.blankToNull(form.decisions()),
                    Upload.of(minutes));
        } catch (RejectedDocumentException e) {
            errors.reject(e.messageCode(), e.arguments(), null);
            model.addAttribute("fileError", true);
            return meetingPage(campus, instanceId, model);
        }
        redirect.addFlashAttribute("done", "governance.meeting.added");
        return "redirect:/campus/" + id + "/gouvernance#instance-" + instanceId;
    }

    @GetMapping("/{instanceId}/suppression")
    @Requires(EDIT)
    String confirmRemoveInstance(@PathVariable long id, @PathVariable long instanceId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        var instance = instance(id, instanceId);
        return Confirmation.of(model, campus.name(), "governance.remove.instance", instance.name(),
                "/campus/" + id + "/gouvernance/" + instanceId + "/suppression", "/campus/" + id + "/gouvernance");
    }

    @PostMapping("/{instanceId}/suppression")
    @Requires(EDIT)
    String removeInstance(@PathVariable long id, @PathVariable long instanceId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        governance.removeInstance(user, id, instanceId);
        redirect.addFlashAttribute("done", "governance.instance.removed");
        return "redirect:/campus/" + id + "/gouvernance";
    }

    @GetMapping("/{instanceId}/composition/{seatId}/suppression")
    @Requires(EDIT)
    String confirmRemoveSeat(@PathVariable long id, @PathVariable long instanceId, @PathVariable long seatId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        var seat = instance(id, instanceId).seats().stream().filter(s -> s.id() == seatId).findFirst()
                .orElseThrow(() -> new NotFoundException("Siège " + seatId + " introuvable"));
        String base = "/campus/" + id + "/gouvernance";
        return Confirmation.of(model, campus.name(), "governance.remove.seat", seat.personName(),
                base + "/" + instanceId + "/composition/" + seatId + "/suppression", base);
    }

    @PostMapping("/{instanceId}/composition/{seatId}/suppression")
    @Requires(EDIT)
    String removeSeat(@PathVariable long id, @PathVariable long instanceId, @PathVariable long seatId,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        governance.removeSeat(user, id, instanceId, seatId);
        redirect.addFlashAttribute("done", "governance.seat.removed");
        return "redirect:/campus/" + id + "/gouvernance#instance-" + instanceId;
    }

    private String page(CampusDetails campus, CmqUser user, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("instances", governance.of(campus.id()));
        model.addAttribute("kinds", InstanceKind.ofACampus());
        model.addAttribute("mayEdit", guard.may(user, EDIT, campus.scope()));
        return "campus/governance";
    }

    private String seatPage(CampusDetails campus, long instanceId, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("instance", instance(campus.id(), instanceId));
        model.addAttribute("qualities", SeatQuality.values());
        return "campus/seat";
    }

    private String meetingPage(CampusDetails campus, long instanceId, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("instance", instance(campus.id(), instanceId));
        return "campus/meeting";
    }

    private Instance instance(long campusId, long instanceId) {
        return governance.of(campusId).stream().filter(instance -> instance.id() == instanceId).findFirst()
                .orElseThrow(() -> new NotFoundException("Instance " + instanceId + " introuvable"));
    }
}
