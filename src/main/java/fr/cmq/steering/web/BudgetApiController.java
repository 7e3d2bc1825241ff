package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;
import static fr.cmq.identity.CampusAction.SIGN_OFF;

import java.math.BigDecimal;
import java.net.URI;

import jakarta.validation.Valid;
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
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.steering.Budget;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.Contribution;
import fr.cmq.steering.ContributionKind;
import fr.cmq.steering.FundingSource;
import fr.cmq.steering.LineDetails;
import fr.cmq.steering.LineDirection;
import fr.cmq.steering.NewContribution;

/**
 * A campus's budget of a year in JSON: its lines, its members' contributions, its totals, the members that gave
 * nothing; the writes of the team, of the members' contacts and the chef's sign-off. A write carrying a stale
 * {@code version} is answered 409 with the budget as it is now.
 */
@RestController
@RequiredArgsConstructor
class BudgetApiController {

    private final CampusBudgets budgets;
    private final BudgetContributions budgetContributions;
    private final Guard guard;

    record ContributionRequest(
            @NotNull(message = "{budget.contribution.member.required}") @Nullable Long memberId,
            @NotNull(message = "{budget.contribution.kind.required}") @Nullable ContributionKind kind,
            @NotNull(message = "{budget.contribution.amount.required}") @Nullable BigDecimal amount,
            @Nullable BigDecimal hours,
            @Size(max = 2000, message = "{budget.text.size}") @Nullable String description,
            @Nullable Boolean planned) {

        NewContribution toContribution() {
            return new NewContribution(memberId, kind, amount, hours, description, Boolean.TRUE.equals(planned));
        }
    }

    record LineRequest(
            @NotNull(message = "{budget.line.direction.required}") @Nullable LineDirection direction,
            @Nullable FundingSource source,
            @Nullable Long actionId,
            @SingleLine @Size(max = 200, message = "{budget.line.label.size}") @Nullable String label,
            @NotNull(message = "{budget.line.planned.required}") @Nullable BigDecimal planned,
            @Nullable BigDecimal actual,
            @NotNull(message = "{budget.version.required}") @Nullable Long version) {

        LineDetails toLine() {
            return new LineDetails(direction, source, actionId, label, planned, actual);
        }
    }

    /** A step of the sign-off: the version read, and why when the budget goes back to its draft. */
    record StepRequest(
            @NotNull(message = "{budget.version.required}") @Nullable Long version,
            @Size(max = 2000, message = "{budget.text.size}") @Nullable String reason) {
    }

    @GetMapping("/api/v1/campuses/{id}/budgets/{year}")
    @Requires(READ_PRIVATE)
    Budget budget(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal @Nullable CmqUser user) {
        return budgets.read(user, id, year);
    }

    /** A member's contribution: made unless {@code planned} is true; a made one takes the member off the list of those that gave nothing. */
    @PostMapping("/api/v1/campuses/{id}/budgets/{year}/contributions")
    @Requires(CONTRIBUTE)
    ResponseEntity<Contribution> declare(@PathVariable long id, @PathVariable int year,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody ContributionRequest request) {
        long contributionId = budgetContributions.declare(user, id, year, request.toContribution());
        var visible = guard.may(user, READ_PRIVATE, id) ? budgets.read(user, id, year).contributions()
                : budgetContributions.contributionsOf(user, id, year);
        var created = visible.stream().filter(c -> c.id() == contributionId).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/budgets/" + year + "/contributions/"
                + contributionId)).body(created);
    }

    @DeleteMapping("/api/v1/campuses/{id}/budgets/{year}/contributions/{contributionId}")
    @Requires(CONTRIBUTE)
    ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable int year, @PathVariable long contributionId,
            @AuthenticationPrincipal CmqUser user) {
        budgetContributions.withdraw(user, id, year, contributionId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/campuses/{id}/budgets/{year}/lines")
    @Requires(EDIT)
    ResponseEntity<?> addLine(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody LineRequest request) {
        return written(user, id, year, () -> budgets.addLine(user, id, year, request.version(), request.toLine()));
    }

    @PutMapping("/api/v1/campuses/{id}/budgets/{year}/lines/{lineId}")
    @Requires(EDIT)
    ResponseEntity<?> updateLine(@PathVariable long id, @PathVariable int year, @PathVariable long lineId,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody LineRequest request) {
        return written(user, id, year, () -> budgets.updateLine(user, id, year, lineId, request.version(), request.toLine()));
    }

    /** Removes a line of a draft; {@code version}, the budget's version read, goes in the query. */
    @DeleteMapping("/api/v1/campuses/{id}/budgets/{year}/lines/{lineId}")
    @Requires(EDIT)
    ResponseEntity<?> removeLine(@PathVariable long id, @PathVariable int year, @PathVariable long lineId,
            @AuthenticationPrincipal CmqUser user, @RequestParam(required = false) @Nullable Long version) {
        if (version == null) {
            throw new InvalidFieldException("version", "La version lue du budget est requise (?version=)");
        }
        return written(user, id, year, () -> budgets.removeLine(user, id, year, lineId, version));
    }

    @PostMapping("/api/v1/campuses/{id}/budgets/{year}/submit")
    @Requires(EDIT)
    ResponseEntity<?> submit(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody StepRequest request) {
        return written(user, id, year, () -> budgets.submit(user, id, year, request.version()));
    }

    @PostMapping("/api/v1/campuses/{id}/budgets/{year}/validate")
    @Requires(SIGN_OFF)
    ResponseEntity<?> validate(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody StepRequest request) {
        return written(user, id, year, () -> budgets.validate(user, id, year, request.version()));
    }

    @PostMapping("/api/v1/campuses/{id}/budgets/{year}/send-back")
    @Requires(SIGN_OFF)
    ResponseEntity<?> sendBack(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody StepRequest request) {
        return written(user, id, year, () -> budgets.sendBack(user, id, year, request.version(), reasonOf(request)));
    }

    @PostMapping("/api/v1/campuses/{id}/budgets/{year}/amend")
    @Requires(EDIT)
    ResponseEntity<?> amend(@PathVariable long id, @PathVariable int year, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody StepRequest request) {
        return written(user, id, year, () -> budgets.amend(user, id, year, request.version(), reasonOf(request)));
    }

    private static String reasonOf(StepRequest request) {
        return request.reason() == null ? "" : request.reason();
    }

    /** The budget after the write, or 409 with the budget as someone else left it. */
    private ResponseEntity<?> written(CmqUser user, long id, int year, Runnable write) {
        return StaleVersions.written(write, () -> budgets.read(user, id, year), Budget::version,
                "Le budget a été modifié");
    }
}
