package fr.cmq.campus.web;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;

/** For the national administrator: the campuses of the whole country, counted by status and by category. */
@Component
@Order(30)
@RequiredArgsConstructor
class NationalWorkspace implements WorkspaceSection {

    private final CampusDirectory directory;
    private final Guard guard;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        if (!guard.administersNationally(user)) {
            return WorkspaceContent.none();
        }
        var facets = directory.facets(CampusSearch.everything());
        long total = facets.statuses().stream().mapToLong(facet -> facet.count()).sum();
        return new WorkspaceContent(List.of(), List.of(new WorkspacePanel("campus/workspace", "national",
                Map.of("total", total, "statuses", facets.statuses(), "categories", facets.categories()))));
    }
}
