package fr.cmq.campus.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Instance;
import fr.cmq.campus.OfficialDocuments;
import fr.cmq.campus.OrganisationType;
import fr.cmq.campus.Site;
import fr.cmq.shared.FrenchDates;
import fr.cmq.workspace.WorkspaceTask;

/**
 * What a campus team checks to be complete (the items of the cahier des charges a campus is labelled on), each done or
 * not, with the page where it is done. Public, for the workspace's template to read.
 */
public record CampusChecklist(List<Check> checks) {

    /** A label ending within this many months is said in the workspace. */
    static final int LABEL_END_WARNING_MONTHS = 12;

    public record Check(String messageCode, boolean done, String href) {}

    static CampusChecklist of(CampusDetails campus, OfficialDocuments documents, List<Instance> instances,
            List<Site> sites) {
        String base = "/campus/" + campus.id();
        var checks = new ArrayList<Check>();
        checks.add(new Check("myspace.check.support", campus.supportUai() != null || campus.supportName() != null,
                base + "/modifier"));
        checks.add(new Check("myspace.check.presentation",
                campus.presentation() != null && !campus.presentation().isBlank(), base + "/modifier"));
        checks.add(new Check("myspace.check.convention", documents.convention() != null, base + "/documents"));
        checks.add(new Check("myspace.check.logo", documents.logo() != null, base + "/documents"));
        checks.add(new Check("myspace.check.instance", !instances.isEmpty(), base + "/gouvernance"));
        checks.add(new Check("myspace.check.company", campus.activeMembers().stream()
                .anyMatch(member -> member.organisationType() == OrganisationType.ENTREPRISE), base + "/reseau"));
        checks.add(new Check("myspace.check.site", !sites.isEmpty(), base + "/sites"));
        return new CampusChecklist(checks);
    }

    /** A task for each item not done, and one, urgent, when the label ends soon. */
    static List<WorkspaceTask> tasks(CampusChecklist checklist, CampusDetails campus, LocalDate today) {
        var tasks = new ArrayList<WorkspaceTask>();
        labelEnds(campus.id(), campus.name(), campus.status(), campus.labelEnd(), today,
                "/campus/" + campus.id() + "/dossiers/nouveau").ifPresent(tasks::add);
        for (var check : checklist.checks()) {
            if (!check.done()) {
                tasks.add(WorkspaceTask.todo(check.href(), check.messageCode() + ".task", campus.name()));
            }
        }
        return tasks;
    }

    /**
     * The urgent task of a label that ends within the year, or has ended, while no renewal is under way (a campus in
     * renewal has its dossier's steps instead); a date past is said as past.
     */
    static Optional<WorkspaceTask> labelEnds(long campusId, String name, CampusStatus status,
            @Nullable LocalDate labelEnd, LocalDate today, String href) {
        if (labelEnd == null || !endsSoon(labelEnd, today) || status == CampusStatus.EN_RENOUVELLEMENT
                || status == CampusStatus.RETIRE) {
            return Optional.empty();
        }
        return Optional.of(WorkspaceTask.urgent(href, labelEnd.isBefore(today) ? "myspace.task.label-ended"
                : "myspace.task.label-ends", name, FrenchDates.DAY.format(labelEnd)));
    }

    static boolean endsSoon(@Nullable LocalDate labelEnd, LocalDate today) {
        return labelEnd != null && labelEnd.isBefore(today.plusMonths(LABEL_END_WARNING_MONTHS));
    }

    public long done() {
        return checks.stream().filter(Check::done).count();
    }
}
