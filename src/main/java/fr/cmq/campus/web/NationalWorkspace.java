package fr.cmq.campus.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.identity.AccountCoverage;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/** For the national administrator: the campuses of the whole country, counted by status and by category. */
@Component
@Order(30)
@RequiredArgsConstructor
class NationalWorkspace implements WorkspaceSection {

    private final CampusDirectory directory;
    private final Guard guard;
    private final AccountCoverage coverage;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        if (!guard.administersNationally(user)) {
            return WorkspaceContent.none();
        }
        var facets = directory.facets(CampusSearch.everything());
        long total = facets.statuses().stream().mapToLong(facet -> facet.count()).sum();
        var tasks = new ArrayList<WorkspaceTask>();
        long invited = coverage.pendingInvitations();
        if (invited > 0) {
            tasks.add(WorkspaceTask.todo("/comptes?etat=INVITE&tri=CONNEXION", "myspace.task.accounts-invited", invited));
        }
        long dormant = coverage.dormantAccounts();
        if (dormant > 0) {
            tasks.add(WorkspaceTask.todo("/comptes?etat=ACTIF&dormants=true&tri=CONNEXION", "myspace.task.accounts-dormant",
                    dormant));
        }
        return new WorkspaceContent(tasks, List.of(new WorkspacePanel("campus/workspace", "national",
                Map.of("total", total, "statuses", facets.statuses(), "categories", facets.categories()))));
    }
}
