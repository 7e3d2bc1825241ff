package fr.cmq.labelling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.DossierLists;
import fr.cmq.labelling.NextStep;
import fr.cmq.shared.FrenchDates;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/**
 * The label's next steps, each on its dossier: to complete, to sign off, to co-sign, avis to record, experts to
 * designate, a review to hand in, an arrêté to record. Urgent when its date is near or past. Where one kind of step
 * waits on many dossiers (the national administration's), one task counts them and opens their list.
 */
@Component
@Order(40)
@RequiredArgsConstructor
class LabellingWorkspace implements WorkspaceSection {

    private static final int MANY = 4;
    private static final int URGENT_DAYS = 14;

    private final DossierLists lists;
    private final Clock clock;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        var today = LocalDate.now(clock);
        var byKind = lists.nextSteps(user).stream()
                .collect(Collectors.groupingBy(NextStep::kind, LinkedHashMap::new, Collectors.toList()));
        var tasks = new ArrayList<WorkspaceTask>();
        byKind.forEach((kind, steps) -> {
            if (steps.size() >= MANY) {
                tasks.add(WorkspaceTask.todo("/dossiers?etat=" + steps.getFirst().state(),
                        "myspace.task.dossiers." + kind, steps.size()));
            } else {
                steps.forEach(step -> tasks.add(task(step, today)));
            }
        });
        return new WorkspaceContent(List.copyOf(tasks), List.of());
    }

    private static WorkspaceTask task(NextStep step, LocalDate today) {
        String due = step.due() == null ? "—" : FrenchDates.DAY.format(step.due());
        String code = "myspace.task.dossier." + step.kind();
        String href = DossierController.path(step.dossierId());
        boolean near = step.due() != null && step.due().isBefore(today.plusDays(URGENT_DAYS));
        return near ? WorkspaceTask.urgent(href, code, step.campusName(), due, step.count())
                : WorkspaceTask.todo(href, code, step.campusName(), due, step.count());
    }
}
