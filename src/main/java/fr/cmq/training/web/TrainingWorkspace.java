package fr.cmq.training.web;

import static fr.cmq.identity.CampusAction.EDIT;

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
import fr.cmq.training.Formations;
import fr.cmq.training.TrainingOffer;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/**
 * What the offer asks of those who keep it: a campus team, an offer to publish and formations without any status
 * open; a member's contact, the formations of its organisation to describe.
 */
@Component
@Order(15)
@RequiredArgsConstructor
class TrainingWorkspace implements WorkspaceSection {

    private final Formations formations;
    private final TrainingOffer offer;
    private final CampusDirectory campuses;
    private final Guard guard;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        var tasks = new ArrayList<WorkspaceTask>();
        user.grants().stream().map(RoleGrant::campusId).filter(Objects::nonNull).distinct().forEach(campusId -> {
            var campus = campuses.find(campusId);
            if (campus.isEmpty()) {
                return;
            }
            var all = formations.ofCampus(campusId);
            String href = OfferController.path(campusId);
            if (guard.may(user, EDIT, campusId)) {
                long withoutStatus = all.stream().filter(formation -> formation.statuses().isEmpty()).count();
                if (all.isEmpty()) {
                    tasks.add(WorkspaceTask.todo(href, "myspace.task.offer-empty", campus.get().name()));
                } else if (withoutStatus > 0) {
                    tasks.add(WorkspaceTask.todo(href, "myspace.task.offer-statuses", withoutStatus, campus.get().name()));
                }
                return;
            }
            user.grants().stream().map(RoleGrant::organisationId).filter(Objects::nonNull)
                    .filter(memberId -> guard.isContactOf(user, campusId, memberId))
                    .filter(memberId -> all.stream().noneMatch(formation -> formation.memberId() == memberId))
                    .forEach(memberId -> campus.get().activeMembers().stream().filter(m -> m.id() == memberId)
                            .findFirst().ifPresent(member -> tasks.add(
                                    WorkspaceTask.todo(href, "myspace.task.offer-member", member.name()))));
        });
        return new WorkspaceContent(tasks, List.of());
    }
}
