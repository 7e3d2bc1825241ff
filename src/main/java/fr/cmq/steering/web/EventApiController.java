package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.AgendaSearch;
import fr.cmq.steering.Audience;
import fr.cmq.steering.CampusAgenda;
import fr.cmq.steering.EventKind;

/** Events in JSON: the public agenda, a campus's events, and their keeping by its team. */
@RestController
@RequiredArgsConstructor
class EventApiController {

    private final CampusAgenda agenda;

    record AttendanceRequest(@NotNull(message = "{event.attendance.required}") @Nullable Integer attendance,
            @NotNull(message = "{budget.version.required}") @Nullable Long version) {
    }

    /** Published events that end on or after {@code from} (today by default), soonest first. */
    @GetMapping("/api/v1/events")
    @PublicRead(Shown.EVENTS)
    PageResponse<AgendaEvent> search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable Audience audience,
            @RequestParam(required = false) @Nullable EventKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "La fin de la période suit son début");
        }
        return agenda.search(new AgendaSearch(q, filiere, region, audience, kind, from, to, null), page, size);
    }

    @GetMapping("/api/v1/campuses/{id}/events")
    PageResponse<AgendaEvent> ofCampus(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return agenda.ofCampus(user, id, page, size);
    }

    @GetMapping("/api/v1/campuses/{id}/events/{eventId}")
    AgendaEvent one(@PathVariable long id, @PathVariable long eventId, @AuthenticationPrincipal @Nullable CmqUser user) {
        return agenda.event(user, id, eventId);
    }

    @PostMapping("/api/v1/campuses/{id}/events")
    @Requires(EDIT)
    ResponseEntity<AgendaEvent> add(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody EventRequest request) {
        long eventId = agenda.add(user, id, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/events/" + eventId))
                .body(agenda.event(user, id, eventId));
    }

    @PutMapping("/api/v1/campuses/{id}/events/{eventId}")
    @Requires(EDIT)
    ResponseEntity<?> update(@PathVariable long id, @PathVariable long eventId, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody EventRequest request) {
        long version = required(request.version());
        return written(user, id, eventId, () -> agenda.update(user, id, eventId, version, request.toDetails()));
    }

    /** How many came, once the event has begun. */
    @PostMapping("/api/v1/campuses/{id}/events/{eventId}/attendance")
    @Requires(EDIT)
    ResponseEntity<?> attendance(@PathVariable long id, @PathVariable long eventId,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody AttendanceRequest request) {
        long version = required(request.version());
        return written(user, id, eventId,
                () -> agenda.recordAttendance(user, id, eventId, version, request.attendance()));
    }

    @DeleteMapping("/api/v1/campuses/{id}/events/{eventId}")
    @Requires(EDIT)
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long eventId, @AuthenticationPrincipal CmqUser user) {
        agenda.remove(user, id, eventId);
        return ResponseEntity.noContent().build();
    }

    private static long required(@Nullable Long version) {
        if (version == null) {
            throw new InvalidFieldException("version", "La version lue est requise pour modifier un événement");
        }
        return version;
    }

    private ResponseEntity<?> written(CmqUser user, long id, long eventId, Runnable write) {
        return StaleVersions.written(write, () -> agenda.event(user, id, eventId), AgendaEvent::version,
                "L'événement a été modifié");
    }
}
