package fr.cmq.evaluation.web;

import java.util.List;

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

import fr.cmq.evaluation.ExternalEvaluation;
import fr.cmq.evaluation.ExternalEvaluations;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.web.StaleVersions;

/**
 * The experts' side of the external evaluations through the API, with the pages' rules: an expert reads and writes
 * only the evaluations it is assigned, and nothing of one before declaring no conflict of interest with its campus.
 */
@RestController
@RequiredArgsConstructor
class ExternalEvaluationApiController {

    private static final String BASE = "/api/v1/external-evaluations";

    private final ExternalEvaluations externals;
    private final Guard guard;

    /** The box the expert ticks: no interest tying it to the campus, its members or partners. */
    record DeclarationRequest(boolean noConflict) {
    }

    /** A position at the version read (0 for the first on this référence). */
    record PositionRequest(@Nullable Integer position, @Nullable String comment, long version) {
    }

    /** A verdict and its reasons, at the version read (a domain's: 0 for the first). */
    record VerdictRequest(@Nullable Verdict verdict, @Nullable String reasons, long version) {
    }

    record TransitionRequest(long version) {
    }

    @GetMapping(BASE)
    List<ExternalEvaluations.Assignment> assigned(@AuthenticationPrincipal CmqUser user) {
        return externals.assignedTo(user);
    }

    @GetMapping(BASE + "/{evaluationId}")
    ExternalEvaluation one(@PathVariable long evaluationId, @AuthenticationPrincipal CmqUser user) {
        return externals.read(user, evaluationId);
    }

    @PostMapping(BASE + "/{evaluationId}/no-conflict")
    ExternalEvaluation declare(@PathVariable long evaluationId, @AuthenticationPrincipal CmqUser user,
            @RequestBody DeclarationRequest request) {
        externals.declareNoConflict(user, evaluationId, request.noConflict());
        return externals.read(user, evaluationId);
    }

    @PutMapping(BASE + "/{evaluationId}/references/{code}")
    ResponseEntity<?> position(@PathVariable long evaluationId, @PathVariable String code,
            @AuthenticationPrincipal CmqUser user, @RequestBody PositionRequest request) {
        return StaleVersions.written(() -> externals.position(user, evaluationId, code, request.version(),
                        request.position(), request.comment()),
                () -> current(externals.read(user, evaluationId).position(code)), ExternalEvaluation.Position::version,
                "La position a été modifiée");
    }

    @PutMapping(BASE + "/{evaluationId}/domains/{number}")
    ResponseEntity<?> judge(@PathVariable long evaluationId, @PathVariable int number,
            @AuthenticationPrincipal CmqUser user, @RequestBody VerdictRequest request) {
        return StaleVersions.written(() -> externals.judgeDomain(user, evaluationId, number, request.version(),
                        request.verdict(), request.reasons()),
                () -> current(externals.read(user, evaluationId).domain(number)),
                ExternalEvaluation.DomainVerdict::version, "L'avis sur le domaine a été modifié");
    }

    @PutMapping(BASE + "/{evaluationId}/verdict")
    ResponseEntity<?> conclude(@PathVariable long evaluationId, @AuthenticationPrincipal CmqUser user,
            @RequestBody VerdictRequest request) {
        return StaleVersions.written(() -> externals.conclude(user, evaluationId, request.version(),
                        request.verdict(), request.reasons()),
                () -> externals.read(user, evaluationId), ExternalEvaluation::version,
                "L'évaluation externe a été modifiée");
    }

    /** {@code publish}: every référence positioned, every domain and the whole judged. */
    @PostMapping(BASE + "/{evaluationId}/transitions/{name}")
    ResponseEntity<?> fire(@PathVariable long evaluationId, @PathVariable String name,
            @AuthenticationPrincipal CmqUser user, @RequestBody TransitionRequest request) {
        // who may not publish it (its assigned experts alone) is refused before the name is looked at
        guard.refuseUnless(externals.assignedTo(user).stream().anyMatch(a -> a.evaluationId() == evaluationId),
                "Évaluation externe " + evaluationId + " : publiée par ses experts désignés");
        if (!name.equals("publish")) {
            throw new NotFoundException("Transition inconnue");
        }
        return StaleVersions.written(() -> externals.publish(user, evaluationId, request.version()),
                () -> externals.read(user, evaluationId), ExternalEvaluation::version,
                "L'évaluation externe a été modifiée");
    }

    private static <T> T current(@Nullable T written) {
        if (written == null) {
            throw new IllegalStateException("a conflict on something that is not written");
        }
        return written;
    }
}
