package fr.cmq.campus.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusDocuments;
import fr.cmq.campus.CampusGovernance;
import fr.cmq.campus.CampusSites;
import fr.cmq.identity.AccountCoverage;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RoleGrant;
import fr.cmq.shared.web.Link;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/** For whoever runs a campus (its director, the head of its établissement support): the campus and what it lacks. */
@Component
@Order(10)
@RequiredArgsConstructor
class TeamWorkspace implements WorkspaceSection {

    private final CampusDirectory directory;
    private final CampusDocuments documents;
    private final CampusGovernance governance;
    private final CampusSites sites;
    private final Guard guard;
    private final AccountCoverage coverage;
    private final Clock clock;

    private static List<Link> managementPages(long campusId) {
        String base = "/campus/" + campusId;
        return List.of(new Link(base, "myspace.manage.page"), new Link(base + "/modifier", "myspace.manage.profile"),
                new Link(base + "/reseau", "myspace.manage.network"), new Link(base + "/sites", "myspace.manage.sites"),
                new Link(base + "/gouvernance", "myspace.manage.governance"),
                new Link(base + "/plan", "myspace.manage.plan"),
                new Link(base + "/tableau-de-bord", "myspace.manage.dashboard"),
                new Link(base + "/budget", "myspace.manage.budget"),
                new Link(base + "/offre", "myspace.manage.offer"),
                new Link(base + "/evenements", "myspace.manage.events"),
                new Link("/dossiers", "myspace.manage.dossiers"),
                new Link(base + "/documents", "myspace.manage.documents"),
                new Link(base + "/historique", "myspace.manage.history"));
    }

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        var tasks = new ArrayList<WorkspaceTask>();
        var panels = new ArrayList<WorkspacePanel>();
        LocalDate today = LocalDate.now(clock);
        user.grants().stream().map(RoleGrant::campusId).filter(Objects::nonNull).distinct()
                .filter(id -> directory.scope(id).filter(scope -> guard.may(user, CampusAction.EDIT, scope))
                        .isPresent())
                .forEach(id -> directory.find(id).ifPresent(campus -> {
                    var checklist = CampusChecklist.of(campus, documents.of(id), governance.of(id), sites.of(id));
                    tasks.addAll(CampusChecklist.tasks(checklist, campus, today));
                    membersWithoutContact(user, campus).ifPresent(tasks::add);
                    panels.add(new WorkspacePanel("campus/workspace", "team", Map.of("campus", campus,
                            "links", managementPages(id), "checklist", checklist,
                            "endsSoon", CampusChecklist.endsSoon(campus.labelEnd(), today))));
                }));
        return new WorkspaceContent(tasks, panels);
    }

    /** The members of the campus whose contact has no account, for whoever may invite them. */
    private Optional<WorkspaceTask> membersWithoutContact(CmqUser user, CampusDetails campus) {
        var contacts = coverage.membersWithContact(campus.id());
        var without = campus.activeMembers().stream().filter(member -> !contacts.contains(member.id())).toList();
        if (without.isEmpty() || !guard.mayGrant(user, RoleGrant.organisation(campus.id(), without.getFirst().id()))) {
            return Optional.empty();
        }
        return Optional.of(WorkspaceTask.todo("/comptes/inviter?role=MEMBER_CONTACT&campus=" + campus.id(),
                "myspace.task.members-without-contact", without.size(), campus.name()));
    }
}
