package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.evaluation.Comparison;
import fr.cmq.evaluation.ExternalEvaluation;
import fr.cmq.evaluation.ExternalEvaluations;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.Recommendation;
import fr.cmq.evaluation.Recommendations;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;

/**
 * A self-evaluation's external evaluation through the API, the campus's side: its experts assigned by the national
 * administration, read by those who read the campus's private data (its content once published), compared with the
 * self-evaluation, and its gaps made recommendations by the campus's team.
 */
@RestController
@RequiredArgsConstructor
class ComparisonApiController {

    private static final String BASE = "/api/v1/campuses/{id}/self-evaluations/{evaluationId}";

    private final SelfAssessments assessments;
    private final ExternalEvaluations externals;
    private final Recommendations recommendations;
    private final Frameworks frameworks;

    /** An expert of the pool ({@code GET /api/v1/experts}). */
    record AssignRequest(long expertId) {
    }

    record RecommendationRequest(@Nullable String referenceCode, @Nullable String text, @Nullable String ownerName,
            @Nullable LocalDate dueOn) {
    }

    @PostMapping(BASE + "/experts")
    @RequiresNationalAdministration
    ExternalEvaluation assign(@PathVariable long id, @PathVariable long evaluationId,
            @AuthenticationPrincipal CmqUser user, @RequestBody AssignRequest request) {
        externals.assign(user, id, evaluationId, request.expertId());
        return external(id, evaluationId, user);
    }

    /** Its experts and state; positions and verdicts once published (for the national administration, always). */
    @GetMapping(BASE + "/external")
    @Requires(READ_PRIVATE)
    ExternalEvaluation external(@PathVariable long id, @PathVariable long evaluationId,
            @AuthenticationPrincipal CmqUser user) {
        return externals.ofAssessment(user, id, evaluationId)
                .orElseThrow(() -> new NotFoundException("Pas d'évaluation externe de l'auto-évaluation " + evaluationId));
    }

    @GetMapping(BASE + "/comparison")
    @Requires(READ_PRIVATE)
    Comparison comparison(@PathVariable long id, @PathVariable long evaluationId,
            @AuthenticationPrincipal CmqUser user) {
        var external = external(id, evaluationId, user);
        if (external.sealed()) {
            throw new RuleViolationException("rule.comparison.unpublished");
        }
        var assessment = assessments.read(id, evaluationId);
        return Comparison.of(frameworks.framework(assessment.frameworkId()), assessment, external);
    }

    @GetMapping(BASE + "/recommendations")
    @Requires(READ_PRIVATE)
    List<Recommendation> recommendations(@PathVariable long id, @PathVariable long evaluationId,
            @AuthenticationPrincipal CmqUser user) {
        return recommendations.of(id, external(id, evaluationId, user).id());
    }

    /** The action of the plan follows once written ({@code actionId} in the list). */
    @PostMapping(BASE + "/recommendations")
    @Requires(EDIT)
    ResponseEntity<Map<String, Long>> recommend(@PathVariable long id, @PathVariable long evaluationId,
            @AuthenticationPrincipal CmqUser user, @RequestBody RecommendationRequest request) {
        long made = recommendations.recommend(user, id, external(id, evaluationId, user).id(),
                request.referenceCode() == null ? "" : request.referenceCode(), request.text(), request.ownerName(),
                request.dueOn());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/self-evaluations/" + evaluationId
                + "/recommendations")).body(Map.of("id", made));
    }
}
