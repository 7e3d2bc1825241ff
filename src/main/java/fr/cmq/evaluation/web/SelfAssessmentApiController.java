package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.net.URI;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.evaluation.FactKind;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.SelfAssessment;
import fr.cmq.evaluation.SelfAssessmentTransition;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.web.StaleVersions;

/** A campus's self-evaluations through the API: read by its team and pilots, answered and submitted by its team. */
@RestController
@RequiredArgsConstructor
class SelfAssessmentApiController {

    private static final String BASE = "/api/v1/campuses/{id}/self-evaluations";

    private final SelfAssessments assessments;
    private final Frameworks frameworks;

    /** An answer as written: {@code version} is the one read (0 for the first answer to this référence). */
    record AnswerRequest(@Nullable Integer position, @Nullable String comment, @Nullable List<FactKind> facts,
            long version) {
    }

    record TransitionRequest(long version) {
    }

    /** The version of the référentiel to evaluate on ({@code GET /api/v1/frameworks}: the latest is listed first). */
    record OpenRequest(long frameworkId) {
    }

    @GetMapping(BASE)
    @Requires(READ_PRIVATE)
    List<SelfAssessment> all(@PathVariable long id) {
        return assessments.ofCampus(id);
    }

    @PostMapping(BASE)
    @Requires(EDIT)
    ResponseEntity<Map<String, Long>> open(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestBody OpenRequest request) {
        long opened = assessments.open(user, id, request.frameworkId());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/self-evaluations/" + opened))
                .body(Map.of("id", opened));
    }

    @GetMapping(BASE + "/{evaluationId}")
    @Requires(READ_PRIVATE)
    SelfAssessment one(@PathVariable long id, @PathVariable long evaluationId) {
        return assessments.read(id, evaluationId);
    }

    /** The team's answer to a référence; one not answered yet is given at version 0, without position. */
    @GetMapping(BASE + "/{evaluationId}/references/{code}")
    @Requires(READ_PRIVATE)
    SelfAssessment.Answer answer(@PathVariable long id, @PathVariable long evaluationId, @PathVariable String code) {
        var assessment = assessments.read(id, evaluationId);
        if (frameworks.framework(assessment.frameworkId()).reference(code).isEmpty()) {
            throw new NotFoundException("Référence " + code + " absente de ce référentiel");
        }
        var answer = assessment.answer(code);
        return answer != null ? answer : new SelfAssessment.Answer(code, null, null, List.of(), 0, null, null);
    }

    @PutMapping(BASE + "/{evaluationId}/references/{code}")
    @Requires(EDIT)
    ResponseEntity<?> write(@PathVariable long id, @PathVariable long evaluationId, @PathVariable String code,
            @AuthenticationPrincipal CmqUser user, @RequestBody AnswerRequest request) {
        return StaleVersions.written(() -> assessments.answer(user, id, evaluationId, code, request.version(),
                        request.position(), request.comment(), request.facts() == null ? List.of() : request.facts()),
                () -> answer(id, evaluationId, code), SelfAssessment.Answer::version, "La réponse a été modifiée");
    }

    @PostMapping(BASE + "/{evaluationId}/transitions/{name}")
    @Requires(EDIT)
    SelfAssessment fire(@PathVariable long id, @PathVariable long evaluationId, @PathVariable String name,
            @AuthenticationPrincipal CmqUser user, @RequestBody TransitionRequest request) {
        var transition = SelfAssessmentTransition.byPath(name)
                .orElseThrow(() -> new NotFoundException("Transition inconnue"));
        assessments.fire(user, id, evaluationId, transition, request.version());
        return assessments.read(id, evaluationId);
    }
}
