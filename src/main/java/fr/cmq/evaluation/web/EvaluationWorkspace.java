package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.evaluation.ExternalEvaluation;
import fr.cmq.evaluation.ExternalEvaluationState;
import fr.cmq.evaluation.ExternalEvaluations;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.NetworkSurvey;
import fr.cmq.evaluation.NetworkSurveys;
import fr.cmq.evaluation.Recommendations;
import fr.cmq.evaluation.SelfAssessmentState;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RoleGrant;
import fr.cmq.workspace.WorkspaceContent;
import fr.cmq.workspace.WorkspaceSection;
import fr.cmq.workspace.WorkspaceTask;

/**
 * Quality's next steps: for a campus's team, engage the self-evaluation, answer it (how far it is), submit it once
 * complete, read its external evaluation and draw recommendations from it, and what its maturity lacks below the
 * level the texts require at mid-label; for an expert, the evaluations it is assigned (its declaration first); for
 * pilots, the campuses of their territory past the middle of their label still below that level.
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
    private final ExternalEvaluations externals;
    private final Recommendations recommendations;
    private final NetworkSurveys surveys;
    private final Clock clock;

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
                        var asked = surveys.of(campusId, assessment.id());
                        if (!asked.isEmpty()) {
                            tasks.add(WorkspaceTask.todo(page + "/" + assessment.id() + "#questionnaires",
                                    "myspace.task.survey-answers", name,
                                    asked.stream().mapToInt(NetworkSurvey::responses).sum(), asked.size()));
                        }
                    }
                    if (latest.isPresent() && latest.get().state() == SelfAssessmentState.EVALUEE
                            && recommendations.of(campusId, externalId(user, campusId, latest.get().id())).isEmpty()) {
                        tasks.add(WorkspaceTask.todo(page + "/" + latest.get().id() + "/comparaison",
                                "myspace.task.external-read", name));
                    }
                    maturity.of(campusId).filter(found -> found.level() < REQUIRED_AT_MID_LABEL)
                            .ifPresent(found -> tasks.add(WorkspaceTask.todo("/campus/" + campusId + "/maturite",
                                    "myspace.task.maturity-below", found.level(), name,
                                    found.missingForNext().size())));
                });
        for (var assignment : externals.assignedTo(user)) {
            String page = "/evaluations-externes/" + assignment.evaluationId();
            if (!assignment.declared()) {
                tasks.add(WorkspaceTask.urgent(page, "myspace.task.external-declare", assignment.campusName()));
            } else if (assignment.state() == ExternalEvaluationState.EN_COURS) {
                tasks.add(WorkspaceTask.todo(page, "myspace.task.external-write", assignment.campusName()));
            }
        }
        var regions = user.grants().stream().map(RoleGrant::regionCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var academies = user.grants().stream().map(RoleGrant::academieCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (var below : maturity.belowAtMidLabel(regions, academies, REQUIRED_AT_MID_LABEL, LocalDate.now(clock))) {
            tasks.add(WorkspaceTask.urgent("/campus/" + below.campusId() + "/maturite",
                    "myspace.task.maturity-below-mid-label", below.name(), below.level()));
        }
        return new WorkspaceContent(tasks, List.of());
    }

    private long externalId(CmqUser user, long campusId, long assessmentId) {
        return externals.ofAssessment(user, campusId, assessmentId).map(ExternalEvaluation::id).orElse(0L);
    }
}
