package fr.cmq.campus.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.RegionalCommittees;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/**
 * The regional comités a person sits on or keeps: their next meeting; for the pilots who keep one, the named seats
 * left empty and a year without a meeting. The national administration finds them all at /comites, without a task each.
 */
@Component
@Order(25)
@RequiredArgsConstructor
class CommitteeWorkspace implements WorkspaceSection {

    private final RegionalCommittees committees;
    private final Guard guard;
    private final Clock clock;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        var readable = guard.readableBy(user);
        if (readable.everywhere() || readable.campusIds().isEmpty() && readable.regionCodes().isEmpty()
                && readable.academieCodes().isEmpty()) {
            // the national administration finds them all at /comites; a member's contact or an expert sits on none
            return WorkspaceContent.none();
        }
        var readByUser = committees.readableBy(user);
        if (readByUser.isEmpty()) {
            return WorkspaceContent.none();
        }
        LocalDate today = LocalDate.now(clock);
        var tasks = new ArrayList<WorkspaceTask>();
        for (var committee : readByUser.stream().filter(c -> c.kept()).toList()) {
            String href = "/comites/" + committee.regionCode();
            if (!committee.seatsNamed()) {
                tasks.add(WorkspaceTask.todo(href + "#composition", "myspace.task.committee-seats", committee.regionName()));
            }
            if (committee.meetingsToComplete() > 0) {
                tasks.add(WorkspaceTask.todo(href + "#reunions", "myspace.task.committee-minutes",
                        committee.meetingsToComplete(), committee.regionName()));
            }
            if (committee.noMeetingIn(today)) {
                tasks.add(WorkspaceTask.todo(href + "#reunions", "myspace.task.committee-meeting",
                        committee.regionName(), today.getYear()));
            }
        }
        return new WorkspaceContent(tasks, List.of(new WorkspacePanel("campus/committee-workspace", "committees",
                Map.of("committees", readByUser))));
    }
}
