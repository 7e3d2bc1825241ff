package fr.cmq.campus.web;

import static fr.cmq.identity.RegionAction.KEEP;

import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CommitteeMeeting;
import fr.cmq.campus.RegionalCommittee;
import fr.cmq.campus.RegionalCommittees;
import fr.cmq.campus.web.CommitteeForms.CommitteeMeetingForm;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RequiresRegion;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.documents.RejectedDocumentException;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.StaleVersions;

/**
 * The meetings of a regional comité, kept by its keepers: recorded ahead with their agenda, completed once held with
 * their decisions and minutes, removed after a confirmation.
 */
@Controller
@RequestMapping("/comites/{region}/reunions")
@RequiredArgsConstructor
class CommitteeMeetingController {

    /** A meeting is planned at most this many years ahead. */
    private static final int YEARS_AHEAD = 2;

    private final RegionalCommittees committees;
    private final Clock clock;

    @GetMapping
    @RequiresRegion(KEEP)
    String meetingForm(@PathVariable String region, Model model) {
        model.addAttribute("form", CommitteeMeetingForm.empty());
        return page(committees.of(region), null, model);
    }

    @PostMapping
    @RequiresRegion(KEEP)
    String addMeeting(@PathVariable String region, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") CommitteeMeetingForm form, BindingResult bound,
            @RequestParam(required = false) @Nullable MultipartFile minutes, Model model, RedirectAttributes redirect) {
        var upload = Upload.of(minutes);
        var errors = checked(model, form, bound, upload);
        if (errors.hasErrors()) {
            return page(committees.of(region), null, model);
        }
        try {
            committees.addMeeting(user, region, form.heldOn(), form.agenda(), PlainText.blankToNull(form.decisions()),
                    upload);
        } catch (RejectedDocumentException e) {
            errors.reject(e.messageCode(), e.arguments(), null);
            return page(committees.of(region), null, model);
        }
        redirect.addFlashAttribute("done", "governance.meeting.added");
        return "redirect:/comites/" + region + "#reunions";
    }

    @GetMapping("/{meetingId}")
    @RequiresRegion(KEEP)
    String changeForm(@PathVariable String region, @PathVariable long meetingId, Model model) {
        var committee = committees.of(region);
        var meeting = meeting(committee, meetingId);
        model.addAttribute("form", CommitteeMeetingForm.of(meeting));
        return page(committee, meeting, model);
    }

    @PostMapping("/{meetingId}")
    @RequiresRegion(KEEP)
    String changeMeeting(@PathVariable String region, @PathVariable long meetingId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") CommitteeMeetingForm form, BindingResult bound,
            @RequestParam(required = false) @Nullable MultipartFile minutes, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var upload = Upload.of(minutes);
        var errors = checked(model, form, bound, upload);
        var committee = committees.of(region);
        if (errors.hasErrors()) {
            return page(committee, meeting(committee, meetingId), model);
        }
        try {
            committees.changeMeeting(user, region, meetingId, form.versionRead(), form.heldOn(), form.agenda(),
                    PlainText.blankToNull(form.decisions()), upload);
        } catch (RejectedDocumentException e) {
            errors.reject(e.messageCode(), e.arguments(), null);
            return page(committee, meeting(committee, meetingId), model);
        } catch (OptimisticLockingFailureException e) {
            var current = meeting(committees.of(region), meetingId);
            StaleVersions.shownBeside(model, response, current, new CommitteeMeetingForm(form.heldOn(), form.agenda(),
                    form.decisions(), current.version()));
            return page(committee, current, model);
        }
        redirect.addFlashAttribute("done", "committee.meeting.changed");
        return "redirect:/comites/" + region + "#reunions";
    }

    @GetMapping("/{meetingId}/suppression")
    @RequiresRegion(KEEP)
    String confirmRemoveMeeting(@PathVariable String region, @PathVariable long meetingId, Model model) {
        var committee = committees.of(region);
        var meeting = meeting(committee, meetingId);
        String base = "/comites/" + region;
        return Confirmation.of(model, committee.regionName(), "committee.remove.meeting",
                FrenchDates.day(meeting.heldOn()), base + "/reunions/" + meetingId + "/suppression", base);
    }

    @PostMapping("/{meetingId}/suppression")
    @RequiresRegion(KEEP)
    String removeMeeting(@PathVariable String region, @PathVariable long meetingId,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        committees.removeMeeting(user, region, meetingId);
        redirect.addFlashAttribute("done", "committee.meeting.removed");
        return "redirect:/comites/" + region + "#reunions";
    }

    /** The form's own errors, and the comité's rules on dates: planned two years ahead at most, completed once held. */
    private BindingResult checked(Model model, CommitteeMeetingForm form, BindingResult bound, @Nullable Upload minutes) {
        var errors = FormsShownAgain.keep(model, "form", form, bound);
        LocalDate today = LocalDate.now(clock);
        if (form.heldOn() != null && form.heldOn().isAfter(today.plusYears(YEARS_AHEAD))) {
            errors.rejectValue("heldOn", "committee.form.date.too-far");
        } else if (form.heldOn() != null && form.heldOn().isAfter(today)
                && (PlainText.blankToNull(form.decisions()) != null || minutes != null)) {
            errors.rejectValue("decisions", "committee.meeting.not-held-yet");
        }
        return errors;
    }

    private String page(RegionalCommittee committee, @Nullable CommitteeMeeting meeting, Model model) {
        model.addAttribute("committee", committee);
        model.addAttribute("meeting", meeting);
        return "campus/committee-meeting";
    }

    private static CommitteeMeeting meeting(RegionalCommittee committee, long meetingId) {
        return committee.meetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("Réunion " + meetingId + " introuvable"));
    }
}
