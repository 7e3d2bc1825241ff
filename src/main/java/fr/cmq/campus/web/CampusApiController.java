package fr.cmq.campus.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.DELETE;
import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.campus.CampusConflictException;
import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.campus.Member;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;
import fr.cmq.shared.web.StaleVersions;

@RestController
@RequestMapping("/api/v1/campuses")
@RequiredArgsConstructor
class CampusApiController {

    private final CampusDirectory directory;
    private final CampusRegistry registry;
    private final Guard guard;
    private final Clock clock;

    @GetMapping
    @PublicRead(Shown.CAMPUSES)
    PageResponse<CampusListItem> search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(required = false) @Nullable Category category,
            @RequestParam(required = false) @Nullable CampusStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return directory.search(new CampusSearch(q, filiere, region, academie, category, status, false), page, size)
                .map(CampusListItem::of);
    }

    @PostMapping
    ResponseEntity<CampusDetails> create(@AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody CampusRequests.CreateCampus request) {
        long id = registry.create(user, request.toNewCampus());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id)).body(directory.find(id).orElseThrow());
    }

    /** Changes the profile; the body carries the {@code version} read, and a change made since is answered 409. */
    @PutMapping("/{id}")
    @Requires(EDIT)
    CampusDetails update(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody CampusRequests.UpdateProfile request) {
        return registry.updateProfile(user, id, request.version(), request.toProfile());
    }

    @DeleteMapping("/{id}")
    @Requires(DELETE)
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        registry.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/members")
    @Requires(EDIT)
    ResponseEntity<Member> addMember(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody CampusRequests.AddMember request) {
        long memberId = registry.addMember(user, id, request.toNewMember());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/members/" + memberId))
                .body(member(id, memberId));
    }

    @PutMapping("/{id}/members/{memberId}")
    @Requires(CONTRIBUTE)
    Member updateMember(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody CampusRequests.UpdateMember request) {
        registry.updateMember(user, id, memberId, request.version(), request.toChanges());
        return member(id, memberId);
    }

    /** Records the member's departure ({@code leftOn}, today by default): it stays in the network's history. */
    @DeleteMapping("/{id}/members/{memberId}")
    @Requires(EDIT)
    ResponseEntity<Void> leave(@PathVariable long id, @PathVariable long memberId,
            @RequestParam(required = false) @Nullable LocalDate leftOn, @AuthenticationPrincipal CmqUser user) {
        registry.leave(user, id, memberId, leftOn == null ? LocalDate.now(clock) : leftOn);
        return ResponseEntity.noContent().build();
    }

    /** Someone else changed the campus since it was read: 409, with what is stored now. */
    @ExceptionHandler(CampusConflictException.class)
    ResponseEntity<ProblemDetail> conflict(CampusConflictException conflict) {
        return StaleVersions.problem("Le campus a été modifié par " + conflict.current().updatedBy(),
                conflict.current().version(), conflict.current());
    }

    private Member member(long campusId, long memberId) {
        return directory.find(campusId).orElseThrow().members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("Membre " + memberId + " introuvable"));
    }

    /** The public fields and network; contact persons and former members only for those who may read them. */
    @GetMapping("/{id}")
    @PublicRead
    CampusDetails one(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user) {
        var campus = directory.find(id).orElseThrow(() -> new NotFoundException("Campus " + id + " introuvable"));
        return guard.may(user, CampusAction.READ_PRIVATE, campus.scope()) ? campus : campus.forThePublic();
    }
}
