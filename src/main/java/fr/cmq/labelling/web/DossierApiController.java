package fr.cmq.labelling.web;

import static fr.cmq.identity.CampusAction.EDIT;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.campus.Category;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.Decision;
import fr.cmq.labelling.Dossier;
import fr.cmq.labelling.DossierAnswers;
import fr.cmq.labelling.DossierFilter;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.DossierLists;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.DossierSummary;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.Fact;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.labelling.OpinionBody;
import fr.cmq.labelling.StepDetails;
import fr.cmq.labelling.Transition;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.DocumentDownloads;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.SingleLine;

/**
 * The label's dossiers in JSON: the campaigns, the dossiers each user may see, a dossier with the transitions its
 * reader may fire now, its answers, and its transitions — 403 for a transition this user may never fire, 409 with the
 * reason for one its state or a precondition refuses now.
 */
@RestController
@RequiredArgsConstructor
class DossierApiController {

    private final LabelDossiers dossiers;
    private final DossierAnswers answering;
    private final DossierLists lists;
    private final DossierWorkflow workflow;
    private final Refusals refusals;
    private final Documents documents;

    record OpenRequest(@NotNull(message = "{dossier.campaign.required}") @Nullable Long campaignId,
            @NotNull(message = "{dossier.kind.required}") @Nullable DossierKind kind) {
    }

    record AnswerRequest(@Size(max = 20_000, message = "{dossier.answer.size}") @Nullable String text,
            @Nullable List<@NotNull Fact> facts,
            @NotNull(message = "{dossier.version.required}") @Nullable Long version) {
    }

    /** What a transition may need: a reason, an avis, or the arrêté ({@code decide}). */
    record TransitionRequest(
            @Size(max = 4000, message = "{dossier.reason.size}") @Nullable String reason,
            @Nullable OpinionBody body,
            @Nullable Verdict verdict,
            @Nullable LocalDate givenOn,
            @Size(max = 20_000, message = "{dossier.answer.size}") @Nullable String text,
            @Nullable Boolean granted,
            @Nullable Category category,
            @Min(value = 1, message = "{dossier.duration.range}") @Max(value = Decision.MAX_YEARS, message = "{dossier.duration.range}") @Nullable Integer durationYears,
            @Nullable LocalDate startDate,
            @SingleLine @Size(max = 20, message = "{dossier.nor.size}") @Nullable String nor,
            @Nullable LocalDate decidedOn,
            @SingleLine @Size(max = 500, message = "{dossier.ministries.size}") @Nullable String ministries) {

        static final TransitionRequest EMPTY = new TransitionRequest(null, null, null, null, null, null, null, null,
                null, null, null, null);

        StepDetails toDetails() {
            return new StepDetails(reason, body, verdict, givenOn, text, granted == null ? null
                    : new Decision(granted, category, durationYears, startDate, nor, decidedOn, ministries));
        }
    }

    @GetMapping("/api/v1/campaigns")
    List<Campaign> campaigns() {
        return dossiers.campaigns();
    }

    /** An arrêté taken before the platform: the campus, the dossier's kind and the arrêté ({@code granted} required). */
    record PastDecisionRequest(
            @Nullable Long campusId,
            @Nullable DossierKind kind,
            @Nullable Boolean granted,
            @Nullable Category category,
            @Min(value = 1, message = "{dossier.duration.range}") @Max(value = Decision.MAX_YEARS, message = "{dossier.duration.range}") @Nullable Integer durationYears,
            @Nullable LocalDate startDate,
            @SingleLine @Size(max = 20, message = "{dossier.nor.size}") @Nullable String nor,
            @Nullable LocalDate decidedOn,
            @SingleLine @Size(max = 500, message = "{dossier.ministries.size}") @Nullable String ministries) {
    }

    /**
     * The administration records an arrêté taken before the platform kept the dossiers, in a closed campaign: 201 with
     * the decided dossier; a granted label reaches its campus unless it holds a newer one.
     */
    @PostMapping("/api/v1/campaigns/{id}/past-decisions")
    ResponseEntity<Dossier> recordPastDecision(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody PastDecisionRequest request) {
        long dossierId = workflow.recordPastDecision(user, id, request.campusId(), request.kind(),
                request.granted() == null ? null : new Decision(request.granted(), request.category(),
                        request.durationYears(), request.startDate(), request.nor(), request.decidedOn(),
                        request.ministries()));
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossierId)).body(dossiers.dossier(user, dossierId));
    }

    @GetMapping("/api/v1/dossiers")
    PageResponse<DossierSummary> list(@AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Long campaign,
            @RequestParam(required = false) @Nullable DossierState state,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return lists.dossiers(user, new DossierFilter(campaign, state, PlainText.blankToNull(academie),
                PlainText.blankToNull(region), PlainText.blankToNull(filiere), late), page, size);
    }

    @GetMapping("/api/v1/dossiers/{id}")
    Dossier one(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        return dossiers.dossier(user, id);
    }

    @PostMapping("/api/v1/campuses/{id}/dossiers")
    @Requires(EDIT)
    ResponseEntity<Dossier> open(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody OpenRequest request) {
        long dossierId = workflow.open(user, request.campaignId(), id, request.kind());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossierId)).body(dossiers.dossier(user, dossierId));
    }

    /** The answer to one criterion, saved as typed; the body carries the dossier's {@code version} read. */
    @PutMapping("/api/v1/dossiers/{id}/answers/{criterion}")
    Map<String, Long> answer(@PathVariable long id, @PathVariable String criterion,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody AnswerRequest request) {
        long version = answering.answer(user, id, request.version(), criterion, request.text(),
                request.facts() == null ? List.of() : request.facts());
        return Map.of("version", version);
    }

    /**
     * A piece (multipart {@code file}: PDF, ODT or DOCX) attached to the answer to one criterion, with the dossier's
     * {@code version} read: 201 with the dossier's new version; 400 naming {@code file} for a refused file.
     */
    @PostMapping("/api/v1/dossiers/{id}/answers/{criterion}/pieces")
    ResponseEntity<Map<String, Long>> attach(@PathVariable long id, @PathVariable String criterion,
            @AuthenticationPrincipal CmqUser user, @RequestParam long version,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("version", answering.attach(user, id, version, criterion, Upload.of(file))));
    }

    @DeleteMapping("/api/v1/dossiers/{id}/answers/{criterion}/pieces/{documentId}")
    Map<String, Long> detach(@PathVariable long id, @PathVariable String criterion, @PathVariable long documentId,
            @AuthenticationPrincipal CmqUser user, @RequestParam long version) {
        return Map.of("version", answering.detach(user, id, version, criterion, documentId));
    }

    @GetMapping("/api/v1/dossiers/{id}/pieces/{documentId}")
    ResponseEntity<Resource> piece(@PathVariable long id, @PathVariable long documentId,
            @AuthenticationPrincipal CmqUser user) {
        return DocumentDownloads.serve(documents, dossiers.piece(user, id, documentId), false);
    }

    @PostMapping("/api/v1/dossiers/{id}/transitions/{name}")
    ResponseEntity<?> fire(@PathVariable long id, @PathVariable String name, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody(required = false) @Nullable TransitionRequest request) {
        var transition = Transition.named(name)
                .orElseThrow(() -> new NotFoundException("Pas de transition « " + name + " »"));
        try {
            workflow.fire(user, id, transition, (request == null ? TransitionRequest.EMPTY : request).toDetails());
        } catch (RuleViolationException e) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusals.of(e));
            problem.setTitle("Transition refusée maintenant");
            problem.setProperty("transition", transition.apiName());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(dossiers.dossier(user, id));
    }

    record DeadlineRequest(@Nullable LocalDate until) {
    }

    /** The administration extends this dossier's deposit deadline ({@code until}); 422 once it is deposited. */
    @PostMapping("/api/v1/dossiers/{id}/deadline")
    ResponseEntity<Void> extend(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestBody(required = false) @Nullable DeadlineRequest request) {
        workflow.extendDeadline(user, id, request == null ? null : request.until());
        return ResponseEntity.noContent().build();
    }
}
