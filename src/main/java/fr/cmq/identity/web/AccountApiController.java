package fr.cmq.identity.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RequiresInviter;
import fr.cmq.identity.Role;
import fr.cmq.identity.internal.accounts.AccountAdministration;
import fr.cmq.identity.internal.accounts.AccountQueries;
import fr.cmq.identity.internal.accounts.AccountSearch;
import fr.cmq.identity.internal.accounts.AccountViews.AccountDetails;
import fr.cmq.identity.internal.accounts.AccountViews.AccountRow;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.web.StaleVersions;

/**
 * The accounts' administration for scripts, as on the screens: the accounts the caller opens, paged and filtered; an
 * invitation; a grant added or ended; an account disabled or enabled. The same invitation rules decide (403 outside
 * them, 404 for an account the caller does not see); a stale {@code version} is answered 409 with the account as it
 * now stands.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@RequiresInviter
@RequiredArgsConstructor
class AccountApiController {

    private static final int MAX_PAGE_SIZE = 200;
    private static final String CHANGED = "Le compte a été modifié";

    private final AccountQueries queries;
    private final AccountAdministration administration;
    private final Clock clock;

    /** A grant to add: the role, the scope it needs, its dates (from today when none), the account's version. */
    record GrantRequest(@NotNull Role role, @Nullable Long campusId, @Nullable Long organisationId,
            @Nullable String academieCode, @Nullable String regionCode, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn, long version) {
    }

    /** The account's version, as read. */
    record VersionRequest(long version) {
    }

    @GetMapping
    PageResponse<AccountRow> list(@AuthenticationPrincipal CmqUser user, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Role role, @RequestParam(required = false) @Nullable Long campus,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(name = "etat", required = false) AccountSearch.@Nullable State state,
            @RequestParam(defaultValue = "false") boolean dormants,
            @RequestParam(defaultValue = "NOM") AccountSearch.Sort tri, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.search(user, new AccountSearch(q, role, campus, academie, state, dormants, tri),
                Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE));
    }

    @GetMapping("/{id}")
    AccountDetails account(@AuthenticationPrincipal CmqUser user, @PathVariable long id) {
        return queries.details(user, id);
    }

    @PostMapping
    ResponseEntity<AccountDetails> invite(@AuthenticationPrincipal CmqUser user, @Valid @RequestBody InviteForm invitation) {
        long id = administration.invite(user, invitation.toInvitation(LocalDate.now(clock)));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + id)).body(queries.details(user, id));
    }

    @PostMapping("/{id}/grants")
    ResponseEntity<?> addGrant(@AuthenticationPrincipal CmqUser user, @PathVariable long id,
            @Valid @RequestBody GrantRequest request) {
        var grant = InviteForm.grantOf(request.role(), request.campusId(), request.organisationId(),
                request.academieCode(), request.regionCode());
        var startsOn = request.startsOn() == null ? LocalDate.now(clock) : request.startsOn();
        return written(user, id, () -> administration.addGrant(user, id, request.version(), grant, startsOn,
                request.endsOn()));
    }

    /** Ends the grant today, or on the day said: from that day on, the role is no longer held. */
    @DeleteMapping("/{id}/grants/{grantId}")
    ResponseEntity<?> endGrant(@AuthenticationPrincipal CmqUser user, @PathVariable long id, @PathVariable long grantId,
            @RequestParam long version, @RequestParam(required = false) @Nullable LocalDate on) {
        return written(user, id, () -> administration.endGrant(user, id, version, grantId, on));
    }

    @PostMapping("/{id}/disable")
    ResponseEntity<?> disable(@AuthenticationPrincipal CmqUser user, @PathVariable long id,
            @RequestBody VersionRequest request) {
        return written(user, id, () -> administration.disable(user, id, request.version()));
    }

    @PostMapping("/{id}/enable")
    ResponseEntity<?> enable(@AuthenticationPrincipal CmqUser user, @PathVariable long id,
            @RequestBody VersionRequest request) {
        return written(user, id, () -> administration.enable(user, id, request.version()));
    }

    private ResponseEntity<?> written(CmqUser user, long id, Runnable write) {
        return StaleVersions.written(write, () -> queries.details(user, id), AccountDetails::version, CHANGED);
    }
}
