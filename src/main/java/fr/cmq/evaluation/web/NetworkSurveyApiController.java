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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.evaluation.Audience;
import fr.cmq.evaluation.GroupViews;
import fr.cmq.evaluation.NetworkSurvey;
import fr.cmq.evaluation.NetworkSurveys;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;

/**
 * The network's questionnaires of a self-evaluation through the API: read by those who read the campus's private data
 * (each with the secret of its link, {@code /questionnaires/{token}}), opened and closed by its team; and what the
 * groups said of each référence beside the team's position (a group of fewer than five answers never shown alone).
 */
@RestController
@RequiredArgsConstructor
class NetworkSurveyApiController {

    private static final String BASE = "/api/v1/campuses/{id}/self-evaluations/{evaluationId}";

    private final NetworkSurveys surveys;

    record OpenRequest(@Nullable Audience audience, @Nullable Integer domain) {
    }

    @GetMapping(BASE + "/surveys")
    @Requires(READ_PRIVATE)
    List<NetworkSurvey> all(@PathVariable long id, @PathVariable long evaluationId) {
        return surveys.of(id, evaluationId);
    }

    @PostMapping(BASE + "/surveys")
    @Requires(EDIT)
    ResponseEntity<Map<String, Long>> open(@PathVariable long id, @PathVariable long evaluationId,
            @AuthenticationPrincipal CmqUser user, @RequestBody OpenRequest request) {
        if (request.audience() == null) {
            throw new InvalidFieldException("audience", "Le groupe interrogé");
        }
        if (request.domain() == null) {
            throw new InvalidFieldException("domain", "Le domaine du référentiel");
        }
        long opened = surveys.open(user, id, evaluationId, request.audience(), request.domain());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/self-evaluations/" + evaluationId
                + "/surveys")).body(Map.of("id", opened));
    }

    @PostMapping(BASE + "/surveys/{surveyId}/close")
    @Requires(EDIT)
    List<NetworkSurvey> close(@PathVariable long id, @PathVariable long evaluationId, @PathVariable long surveyId,
            @AuthenticationPrincipal CmqUser user) {
        surveys.close(user, id, surveyId);
        return surveys.of(id, evaluationId);
    }

    @GetMapping(BASE + "/group-views")
    @Requires(READ_PRIVATE)
    Map<String, GroupViews> views(@PathVariable long id, @PathVariable long evaluationId) {
        return surveys.views(id, evaluationId);
    }
}
