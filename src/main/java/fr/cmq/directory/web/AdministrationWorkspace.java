package fr.cmq.directory.web;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.web.Link;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;

/** For the national administrator: the reference data and the pages that keep it. */
@Component
@Order(50)
@RequiredArgsConstructor
class AdministrationWorkspace implements WorkspaceSection {

    private static final List<Link> LINKS = List.of(
            new Link("/admin/imports", "myspace.administration.imports"),
            new Link("/admin/entreprises", "myspace.administration.companies"),
            new Link("/etablissements", "myspace.administration.establishments"),
            new Link("/campus", "myspace.administration.campuses"),
            new Link("/swagger-ui.html", "myspace.administration.api"));

    private final Guard guard;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        if (!guard.administersNationally(user)) {
            return WorkspaceContent.none();
        }
        return new WorkspaceContent(List.of(), List.of(new WorkspacePanel("directory/workspace", "administration",
                Map.of("links", LINKS))));
    }
}
