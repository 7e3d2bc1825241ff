package fr.cmq.labelling.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.web.SingleLine;

/**
 * The experts in JSON: the pool the national administration keeps and their assignment to dossiers; an assigned
 * expert's declaration of no conflict of interest, scores and report.
 */
@RestController
@RequiredArgsConstructor
class ExpertApiController {

    private final ExpertReviews experts;

    record ExpertRequest(@NotBlank(message = "{expert.email.required}") @SingleLine @Size(max = 254) @Nullable String email,
            @NotBlank(message = "{expert.name.required}") @SingleLine @Size(max = 200) @Nullable String name,
            @NotNull(message = "{expert.college.required}") @Nullable ExpertCollege college) {
    }

    record AssignmentRequest(@NotNull(message = "{expert.required}") @Nullable Long expertId) {
    }

    record ScoreRequest(@NotNull(message = "{expert.score.range}") @Min(value = 1, message = "{expert.score.range}")
            @Max(value = 4, message = "{expert.score.range}") @Nullable Integer score,
            @Size(max = 4000) @Nullable String comment) {
    }

    record ReportRequest(@NotNull(message = "{expert.verdict.required}") @Nullable Verdict verdict,
            @NotBlank(message = "{expert.report.required}") @Size(max = 20_000) @Nullable String report) {
    }

    @GetMapping("/api/v1/experts")
    @RequiresNationalAdministration
    List<ExpertReviews.Expert> pool(@AuthenticationPrincipal CmqUser user) {
        return experts.experts();
    }

    @PostMapping("/api/v1/experts")
    @RequiresNationalAdministration
    ResponseEntity<Void> add(@AuthenticationPrincipal CmqUser user, @Valid @RequestBody ExpertRequest request) {
        long id = experts.addExpert(user, String.valueOf(request.email()), String.valueOf(request.name()),
                request.college());
        return ResponseEntity.created(URI.create("/api/v1/experts/" + id)).build();
    }

    @PostMapping("/api/v1/dossiers/{id}/experts")
    @RequiresNationalAdministration
    ResponseEntity<Void> assign(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody AssignmentRequest request) {
        experts.assign(user, id, request.expertId());
        return ResponseEntity.noContent().build();
    }

    /** The administration reminds the experts whose report is late; answers how many. */
    @PostMapping("/api/v1/dossiers/{id}/experts/reminders")
    @RequiresNationalAdministration
    Map<String, Integer> remind(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        return Map.of("reminded", experts.remindLate(user, id));
    }

    @PostMapping("/api/v1/dossiers/{id}/review/no-conflict")
    ResponseEntity<Void> declare(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        experts.declareNoConflict(user, id, true);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/dossiers/{id}/review/scores/{criterion}")
    ResponseEntity<Void> score(@PathVariable long id, @PathVariable String criterion,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody ScoreRequest request) {
        experts.score(user, id, criterion, request.score(), request.comment());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/dossiers/{id}/review/report")
    ResponseEntity<Void> submit(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody ReportRequest request) {
        experts.submit(user, id, request.verdict(), String.valueOf(request.report()));
        return ResponseEntity.noContent().build();
    }
}
