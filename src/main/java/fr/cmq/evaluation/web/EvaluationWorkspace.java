package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.SelfAssessmentState;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RoleGrant;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/**
 * Quality's next steps for a campus's team: engage the self-evaluation, answer it (how far it is), submit it once
 * complete; and, below the level the texts require at mid-label, what its maturity lacks.
 */
@Component
@Order(25)
@RequiredArgsConstructor
class EvaluationWorkspace implements WorkspaceSection {

    private static final int REQUIRED_AT_MID_LABEL = 2;

    private final SelfAssessments assessments;
    private final Frameworks frameworks;
    private final CampusMaturity maturity;
    private final CampusDirectory campuses;
    private final Guard guard;

    @Override
    public WorkspaceContent contentFor(CmqUser user) {
        var tasks = new ArrayList<WorkspaceTask>();
        user.grants().stream().map(RoleGrant::campusId).filter(Objects::nonNull).distinct()
                .filter(campusId -> guard.may(user, EDIT, campusId)).forEach(campusId -> {
                    var campus = campuses.find(campusId);
                    if (campus.isEmpty()) {
                        return;
                    }
                    String name = campus.get().name();
                    String page = "/campus/" + campusId + "/auto-evaluation";
                    var latest = assessments.ofCampus(campusId).stream().findFirst();
                    if (latest.isEmpty()) {
                        tasks.add(WorkspaceTask.todo(page, "myspace.task.selfassessment-engage", name));
                    } else if (latest.get().state() == SelfAssessmentState.EN_COURS) {
                        var assessment = latest.get();
                        int total = frameworks.framework(assessment.frameworkId()).referenceCount();
                        long positioned = assessment.answers().values().stream()
                                .filter(answer -> answer.position() != null).count();
                        tasks.add(positioned == total
                                ? WorkspaceTask.urgent(page + "/" + assessment.id(), "myspace.task.selfassessment-submit",
                                        name)
                                : WorkspaceTask.todo(page + "/" + assessment.id(), "myspace.task.selfassessment-answer",
                                        positioned, total, name));
                    }
                    maturity.of(campusId).filter(found -> found.level() < REQUIRED_AT_MID_LABEL)
                            .ifPresent(found -> tasks.add(WorkspaceTask.todo("/campus/" + campusId + "/maturite",
                                    "myspace.task.maturity-below", found.level(), name,
                                    found.missingForNext().size())));
                });
        return new WorkspaceContent(tasks, List.of());
    }
}
