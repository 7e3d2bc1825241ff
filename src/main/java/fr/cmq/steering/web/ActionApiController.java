package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.steering.Action;
import fr.cmq.steering.ActionDetails;
import fr.cmq.steering.ActionFilter;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.CampusActions;

/**
 * A campus's action plan in JSON, for its team and its pilots: the actions with their filters, and their keeping.
 * A change carrying a stale {@code version} is answered 409 with the action as it is now.
 */
@RestController
@RequiredArgsConstructor
class ActionApiController {

    private final CampusActions campusActions;
    private final Guard guard;

    record ActionRequest(
            @Nullable Long objectiveId,
            @NotBlank(message = "{action.form.title.required}") @SingleLine @Size(max = 300, message = "{action.form.title.size}") @Nullable String title,
            @Size(max = 4000, message = "{action.form.text.size}") @Nullable String description,
            @NotBlank(message = "{action.form.pilot.required}") @SingleLine @Size(max = 200, message = "{action.form.pilot.size}") @Nullable String pilotName,
            @Nullable Long pilotMemberId,
            @Nullable List<@NotNull Long> memberIds,
            @NotNull(message = "{action.form.starts.required}") @Nullable LocalDate startsOn,
            @NotNull(message = "{action.form.ends.required}") @Nullable LocalDate endsOn,
            @Nullable ActionStatus status,
            @Size(max = 4000, message = "{action.form.text.size}") @Nullable String abandonReason,
            @Nullable BigDecimal budget,
            @Size(max = 4000, message = "{action.form.text.size}") @Nullable String expectedResults,
            @Nullable List<@NotNull String> indicatorCodes,
            @Nullable Long version) {

        ActionDetails toDetails() {
            return new ActionDetails(objectiveId, title, description, pilotName, pilotMemberId,
                    memberIds == null ? List.of() : memberIds, startsOn, endsOn,
                    status == null ? ActionStatus.PREVUE : status, abandonReason, budget, expectedResults,
                    indicatorCodes == null ? List.of() : indicatorCodes);
        }
    }

    @GetMapping("/api/v1/campuses/{id}/actions")
    @Requires(READ_PRIVATE)
    PageResponse<Action> list(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user,
            @RequestParam(required = false) @Nullable Long objective,
            @RequestParam(required = false) @Nullable ActionStatus status,
            @RequestParam(required = false) @Nullable Long pilot,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return campusActions.actions(user, id, new ActionFilter(objective, status, pilot, late), page, size);
    }

    @GetMapping("/api/v1/campuses/{id}/actions/{actionId}")
    @Requires(READ_PRIVATE)
    Action one(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal @Nullable CmqUser user) {
        return campusActions.action(user, id, actionId);
    }

    @PostMapping("/api/v1/campuses/{id}/actions")
    @Requires(EDIT)
    ResponseEntity<Action> add(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody ActionRequest request) {
        long actionId = campusActions.addAction(user, id, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/actions/" + actionId))
                .body(campusActions.action(user, id, actionId));
    }

    /** Changes an action whole, its status along the allowed transitions; the body carries the {@code version} read. */
    @PutMapping("/api/v1/campuses/{id}/actions/{actionId}")
    @Requires(EDIT)
    ResponseEntity<?> update(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody ActionRequest request) {
        if (request.version() == null) {
            throw new InvalidFieldException("version", "La version lue est requise pour modifier une action");
        }
        long version = request.version();
        return StaleVersions.written(() -> campusActions.updateAction(user, id, actionId, version, request.toDetails()),
                () -> campusActions.action(user, id, actionId), Action::version, "L'action a été modifiée");
    }

    /** The member takes part in the action: said by the campus team or by the member's own contact. */
    @PutMapping("/api/v1/campuses/{id}/actions/{actionId}/members/{memberId}")
    @Requires(CONTRIBUTE)
    Action join(@PathVariable long id, @PathVariable long actionId, @PathVariable long memberId,
            @AuthenticationPrincipal CmqUser user) {
        campusActions.takePart(user, id, actionId, memberId, true);
        return participation(user, id, actionId);
    }

    @DeleteMapping("/api/v1/campuses/{id}/actions/{actionId}/members/{memberId}")
    @Requires(CONTRIBUTE)
    Action leave(@PathVariable long id, @PathVariable long actionId, @PathVariable long memberId,
            @AuthenticationPrincipal CmqUser user) {
        campusActions.takePart(user, id, actionId, memberId, false);
        return participation(user, id, actionId);
    }

    /** The action as its reader sees it: whole for the team and pilots, among the open ones for a member's contact. */
    private Action participation(CmqUser user, long campusId, long actionId) {
        if (guard.may(user, READ_PRIVATE, campusId)) {
            return campusActions.action(user, campusId, actionId);
        }
        return campusActions.openActions(user, campusId).stream().filter(action -> action.id() == actionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " : ni prévue ni en cours"));
    }

    @DeleteMapping("/api/v1/campuses/{id}/actions/{actionId}")
    @Requires(EDIT)
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal CmqUser user) {
        campusActions.removeAction(user, id, actionId);
        return ResponseEntity.noContent().build();
    }
}
