package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.Finalite;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.steering.ActionFilter;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusPlan;

/** The plan page of a campus (its diagnostic, objectives and actions), drawn again by a form that comes back. */
@Component
@RequiredArgsConstructor
class PlanPage {

    private final CampusPlan plan;
    private final CampusActions campusActions;
    private final Guard guard;
    private final Clock clock;

    String render(CampusDetails campus, @Nullable CmqUser user, ActionFilter filter, @Nullable Integer year,
            Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("campus", campus);
        model.addAttribute("diagnostic", plan.diagnosticOf(user, campus.id()).orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute("objectives", plan.objectivesOf(campus.id()));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("finalites", Finalite.values());
        model.addAttribute("members", campus.activeMembers());
        model.addAttribute("timeline", Timeline.of(shown, campusActions.actionsOf(campus.id())));
        model.addAttribute("mayKeep", guard.may(user, EDIT, campus.id()));
        return "steering/plan";
    }
}
