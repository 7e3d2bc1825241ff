package fr.cmq.campus.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.CampusSummary;
import fr.cmq.identity.AccountCoverage;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;
import fr.cmq.territory.Academie;
import fr.cmq.territory.Region;
import fr.cmq.territory.Territories;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspacePanel;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/** For the pilots of a région or an académie: its campuses, the nearest end of label first. */
@Component
@Order(20)
@RequiredArgsConstructor
class TerritoryWorkspace implements WorkspaceSection {

    /** More than any territory has: a région counts a few dozen campuses. */
    private static final int ALL = 1_000;
    /** Past this many campuses without a director, one task says how many. */
    private static final int FEW = 3;

    private final CampusDirectory directory;
    private final Territories territories;
    private final AccountCoverage coverage;
    private final Clock clock;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        var tasks = new ArrayList<WorkspaceTask>();
        var panels = new ArrayList<WorkspacePanel>();
        LocalDate today = LocalDate.now(clock);
        for (var grant : user.grants()) {
            String name;
            CampusSearch search;
            if (grant.regionCode() != null) {
                name = territories.regions().stream().filter(region -> region.code().equals(grant.regionCode()))
                        .map(Region::name).findFirst().orElse(grant.regionCode());
                search = new CampusSearch(null, null, grant.regionCode(), null, null, null, true);
            } else if (grant.academieCode() != null) {
                name = territories.academies().stream().filter(academie -> academie.code().equals(grant.academieCode()))
                        .map(Academie::name).findFirst().orElse(grant.academieCode());
                search = new CampusSearch(null, null, null, grant.academieCode(), null, null, true);
            } else {
                continue;
            }
            var campuses = new ArrayList<>(directory.search(search, 0, ALL).content());
            campuses.sort(Comparator.comparing(CampusSummary::labelEnd, Comparator.nullsLast(Comparator.naturalOrder())));
            for (var campus : campuses) {
                CampusChecklist.labelEnds(campus.id(), campus.name(), campus.status(), campus.labelEnd(), today,
                        "/campus/" + campus.id()).ifPresent(tasks::add);
            }
            tasks.addAll(withoutDirector(campuses, name));
            panels.add(new WorkspacePanel("campus/workspace", "territory", Map.of("territory", name,
                    "campuses", campuses, "today", today,
                    "warnBefore", today.plusMonths(CampusChecklist.LABEL_END_WARNING_MONTHS))));
        }
        return new WorkspaceContent(tasks, panels);
    }

    /** The campuses of the territory nobody directs on the platform: one task each, or one for all when many. */
    private List<WorkspaceTask> withoutDirector(List<CampusSummary> campuses, String territory) {
        var directed = coverage.campusesWithHolder(Role.DIRECTEUR_OPERATIONNEL,
                campuses.stream().map(CampusSummary::id).toList());
        var undirected = campuses.stream().filter(campus -> !directed.contains(campus.id())).toList();
        if (undirected.size() > FEW) {
            return List.of(WorkspaceTask.todo("/comptes/inviter?role=DIRECTEUR_OPERATIONNEL",
                    "myspace.task.campuses-without-director", undirected.size(), territory));
        }
        return undirected.stream().map(campus -> WorkspaceTask.todo("/comptes/inviter?role=DIRECTEUR_OPERATIONNEL&campus="
                + campus.id(), "myspace.task.campus-without-director", campus.name())).toList();
    }
}
