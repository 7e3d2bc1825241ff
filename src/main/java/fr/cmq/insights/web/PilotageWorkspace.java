package fr.cmq.insights.web;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.insights.DashboardFilter;
import fr.cmq.insights.Dashboards;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/** For those who steer a territory: the way to its dashboard, and the labels ending within a year unrenewed. */
@Component
@Order(15)
@RequiredArgsConstructor
class PilotageWorkspace implements WorkspaceSection {

    static final int WARNING_MONTHS = 12;

    private final Guard guard;
    private final Dashboards dashboards;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        if (!guard.seesTerritory(user)) {
            return WorkspaceContent.none();
        }
        long unrenewed = dashboards.labelsEndingUnrenewed(user, WARNING_MONTHS);
        var tasks = unrenewed == 0 ? List.<WorkspaceTask>of()
                : List.of(WorkspaceTask.urgent("/pilotage#echeances", "myspace.task.labels-unrenewed", unrenewed));
        return new WorkspaceContent(tasks, List.of(new WorkspacePanel("insights/workspace", "pilotage",
                Map.of("territory", dashboards.territory(user, DashboardFilter.NONE)))));
    }
}
