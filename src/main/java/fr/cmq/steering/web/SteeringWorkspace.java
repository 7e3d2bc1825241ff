package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;
import static fr.cmq.identity.CampusAction.SIGN_OFF;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RoleGrant;
import fr.cmq.steering.ActionFilter;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.BudgetStatus;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusAgenda;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/**
 * The steering's next steps: for the team, the late actions, the past events without attendance, the indicators not
 * measured this year and the members that gave nothing this year; for the chef d'établissement support, the budget to sign off; for a member's contact, its
 * contribution to declare and the open actions when its organisation takes part in none.
 */
@Component
@Order(20)
@RequiredArgsConstructor
class SteeringWorkspace implements WorkspaceSection {

    private final CampusBudgets budgets;
    private final BudgetContributions budgetContributions;
    private final CampusActions campusActions;
    private final CampusAgenda agenda;
    private final CampusIndicators indicators;
    private final CampusDirectory campuses;
    private final Clock clock;
    private final Guard guard;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        int year = LocalDate.now(clock).getYear();
        var tasks = new ArrayList<WorkspaceTask>();
        user.grants().stream().map(RoleGrant::campusId).filter(Objects::nonNull).distinct().forEach(campusId -> {
            var campus = campuses.find(campusId);
            if (campus.isEmpty()) {
                return;
            }
            String name = campus.get().name();
            String budgetPage = BudgetController.path(campusId, year);
            if (guard.may(user, READ_PRIVATE, campusId)) {
                var budget = budgets.read(user, campusId, year);
                if (guard.may(user, SIGN_OFF, campusId) && budget.status() == BudgetStatus.SOUMIS) {
                    tasks.add(WorkspaceTask.urgent(budgetPage, "myspace.task.budget-signoff", String.valueOf(year), name));
                }
                if (guard.may(user, EDIT, campusId)) {
                    if (budget.lines().isEmpty()) {
                        tasks.add(WorkspaceTask.todo(budgetPage, "myspace.task.budget-empty", String.valueOf(year), name));
                    }
                    if (!budget.membersWithoutContribution().isEmpty()) {
                        tasks.add(WorkspaceTask.todo(budgetPage, "myspace.task.budget-without",
                                budget.membersWithoutContribution().size(), String.valueOf(year), name));
                    }
                    long unmeasured = indicators.dashboard(user, campusId).stream()
                            .filter(series -> series.indicator().computed() == null)
                            .filter(series -> series.measures().stream().noneMatch(m -> m.measuredOn().getYear() == year))
                            .count();
                    if (unmeasured > 0) {
                        tasks.add(WorkspaceTask.todo("/campus/" + campusId + "/tableau-de-bord",
                                "myspace.task.indicators-unmeasured", unmeasured, String.valueOf(year), name));
                    }
                    int unattended = agenda.withoutAttendance(campusId).size();
                    if (unattended > 0) {
                        tasks.add(WorkspaceTask.todo(EventController.path(campusId), "myspace.task.events-attendance",
                                unattended, name));
                    }
                    long late = campusActions.actions(user, campusId, new ActionFilter(null, null, null, true), 0, 1).page()
                            .totalElements();
                    if (late > 0) {
                        tasks.add(WorkspaceTask.urgent(ActionController.path(campusId) + "?enRetard=true",
                                "myspace.task.actions-late", late, name));
                    }
                }
                return;
            }
            var declared = budgetContributions.contributionsOf(user, campusId, year);
            budgetContributions.declarableBy(user, campusId).stream()
                    .filter(member -> declared.stream().noneMatch(c -> c.memberId() == member.id() && !c.planned()))
                    .forEach(member -> tasks.add(WorkspaceTask.todo(budgetPage, "myspace.task.contribution",
                            member.name(), String.valueOf(year))));
            var represented = campusActions.representedBy(user, campusId);
            if (!represented.isEmpty()) {
                var open = campusActions.openActions(user, campusId);
                represented.stream().filter(member -> !open.isEmpty()
                                && open.stream().noneMatch(action -> action.members().contains(member)))
                        .forEach(member -> tasks.add(WorkspaceTask.todo(ActionController.path(campusId),
                                "myspace.task.participation", member.name(), open.size(), name)));
            }
        });
        return new WorkspaceContent(tasks, List.of());
    }
}
