package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.time.Clock;
import java.time.LocalDateTime;
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
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.Audience;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusAgenda;
import fr.cmq.steering.EventKind;

/** A campus's events for its team (its pilots read them): the list, the form, the attendance once it is over. */
@Controller
@RequestMapping("/campus/{id}/evenements")
@RequiredArgsConstructor
class EventController {

    private static final int PAGE_SIZE = 20;

    private final CampusAgenda agenda;
    private final CampusActions campusActions;
    private final CampusDirectory campuses;
    private final CampusSites sites;
    private final Refusals refusals;
    private final Guard guard;
    private final Clock clock;

    static String path(long campusId) {
        return "/campus/" + campusId + "/evenements";
    }

    @GetMapping
    @Requires(READ_PRIVATE)
    String list(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var campus = campuses.get(id);
        model.addAttribute("campus", campus);
        model.addAttribute("events", agenda.ofCampus(user, id, Math.clamp(page, 0, 10_000), PAGE_SIZE));
        model.addAttribute("now", LocalDateTime.now(clock.withZone(FrenchDates.FRANCE)));
        model.addAttribute("mayKeep", guard.may(user, EDIT, id));
        return "steering/events";
    }

    @GetMapping("/nouveau")
    @Requires(EDIT)
    String newEvent(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("form", EventForm.blank());
        return form(campuses.get(id), null, model);
    }

    @PostMapping
    @Requires(EDIT)
    String add(@PathVariable long id, @AuthenticationPrincipal CmqUser user, @Valid @ModelAttribute("form") EventForm form,
            BindingResult bound, Model model, RedirectAttributes redirect) {
        var errors = FormsShownAgain.keep(model, "form", form, bound);
        if (errors.hasErrors()) {
            return form(campuses.get(id), null, model);
        }
        try {
            agenda.add(user, id, form.toDetails());
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return form(campuses.get(id), null, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path(id);
    }

    /** The event's form for its team; for its pilots, who read the campus's steering, the event as it stands. */
    @GetMapping("/{eventId}")
    @Requires(READ_PRIVATE)
    String edit(@PathVariable long id, @PathVariable long eventId, @AuthenticationPrincipal CmqUser user, Model model) {
        if (!guard.may(user, EDIT, id)) {
            model.addAttribute("campus", campuses.get(id));
            model.addAttribute("event", agenda.event(user, id, eventId));
            return "steering/event";
        }
        var event = agenda.event(user, id, eventId);
        model.addAttribute("form", EventForm.of(event));
        return form(campuses.get(id), event, model);
    }

    @PostMapping("/{eventId}")
    @Requires(EDIT)
    String update(@PathVariable long id, @PathVariable long eventId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") EventForm form, BindingResult bound, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var errors = FormsShownAgain.keep(model, "form", form, bound);
        var event = agenda.event(user, id, eventId);
        if (errors.hasErrors() || form.version() == null) {
            return form(campuses.get(id), event, model);
        }
        try {
            agenda.update(user, id, eventId, form.version(), form.toDetails());
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return form(campuses.get(id), event, model);
        } catch (OptimisticLockingFailureException e) {
            var current = agenda.event(user, id, eventId);
            StaleVersions.shownBeside(model, response, current, form.over(current.version()));
            return form(campuses.get(id), current, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path(id);
    }

    /** How many came: from the list, once the event has begun. */
    @PostMapping("/{eventId}/participation")
    @Requires(EDIT)
    String attendance(@PathVariable long id, @PathVariable long eventId, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String attendance,
            @RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
        try {
            int count = attendance == null ? -1 : Integer.parseInt(attendance.strip());
            if (count < 0 || version == null) {
                throw new NumberFormatException();
            }
            agenda.recordAttendance(user, id, eventId, version, count);
            redirect.addFlashAttribute("attended", true);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("refusal", refusals.of(new RuleViolationException("rule.event.attendance.number")));
        } catch (RuleViolationException | InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:" + path(id);
    }

    @GetMapping("/{eventId}/suppression")
    @Requires(EDIT)
    String confirmRemoval(@PathVariable long id, @PathVariable long eventId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var event = agenda.event(user, id, eventId);
        return Confirmation.of(model, campuses.get(id).name(), "events.remove", event.title(),
                path(id) + "/" + eventId + "/suppression", path(id));
    }

    @PostMapping("/{eventId}/suppression")
    @Requires(EDIT)
    String remove(@PathVariable long id, @PathVariable long eventId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        agenda.remove(user, id, eventId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + path(id);
    }

    private String form(CampusDetails campus, @Nullable AgendaEvent event, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("event", event);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("levels", List.of(3, 4, 5, 6, 7, 8));
        model.addAttribute("sites", sites.of(campus.id()));
        model.addAttribute("members", campus.activeMembers());
        model.addAttribute("actions", campusActions.actionsOf(campus.id()));
        return "steering/event-form";
    }

}
