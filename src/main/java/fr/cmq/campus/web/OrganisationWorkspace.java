package fr.cmq.campus.web;

import java.util.ArrayList;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/** For the contact of a member organisation: the organisation as its campus shows it, and its contact details. */
@Component
@Order(40)
@RequiredArgsConstructor
class OrganisationWorkspace implements WorkspaceSection {

    private final CampusDirectory directory;
    private final Guard guard;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        var tasks = new ArrayList<WorkspaceTask>();
        var panels = new ArrayList<WorkspacePanel>();
        for (var grant : user.grants()) {
            Long campusId = grant.campusId();
            Long memberId = grant.organisationId();
            if (campusId == null || memberId == null || !guard.isContactOf(user, campusId, memberId)) {
                continue;
            }
            directory.find(campusId).ifPresent(campus -> campus.activeMembers().stream()
                    .filter(member -> member.id() == memberId).findFirst().ifPresent(member -> {
                        String href = OrganisationController.path(campusId, memberId);
                        if (member.contactName() == null || member.contactEmail() == null) {
                            tasks.add(WorkspaceTask.todo(href, "myspace.task.organisation-contact", member.name()));
                        }
                        panels.add(new WorkspacePanel("campus/workspace", "organisation",
                                Map.of("campus", campus, "member", member, "href", href)));
                    }));
        }
        return new WorkspaceContent(tasks, panels);
    }
}
