package fr.cmq.steering.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.cmq.shared.Euros;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.steering.Action;
import fr.cmq.steering.ActionDetails;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.IndicatorRef;
import fr.cmq.steering.MemberRef;

/** An action as its team types it: dates from date fields, the budget the French way, the version read. */
record ActionForm(
        @Nullable Long objectiveId,
        @NotBlank(message = "{action.form.title.required}") @SingleLine @Size(max = 300, message = "{action.form.title.size}") @Nullable String title,
        @Size(max = 4000, message = "{action.form.text.size}") @Nullable String description,
        @NotBlank(message = "{action.form.pilot.required}") @SingleLine @Size(max = 200, message = "{action.form.pilot.size}") @Nullable String pilotName,
        @Nullable Long pilotMemberId,
        @Nullable List<Long> memberIds,
        @NotNull(message = "{action.form.starts.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
        @NotNull(message = "{action.form.ends.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
        @Nullable ActionStatus status,
        @Size(max = 4000, message = "{action.form.text.size}") @Nullable String abandonReason,
        @Nullable String budget,
        @Size(max = 4000, message = "{action.form.text.size}") @Nullable String expectedResults,
        @Nullable List<String> indicatorCodes,
        @Nullable Long version) {

    static ActionForm blank(@Nullable Long objectiveId) {
        return new ActionForm(objectiveId, null, null, null, null, List.of(), null, null, ActionStatus.PREVUE, null, null,
                null, List.of(), null);
    }

    static ActionForm of(Action action) {
        return new ActionForm(action.objectiveId(), action.title(), action.description(), action.pilotName(),
                action.pilotMemberId(), action.members().stream().map(MemberRef::id).toList(), action.startsOn(),
                action.endsOn(), action.status(), action.abandonReason(), Euros.forInput(action.budget()),
                action.expectedResults(), action.indicators().stream().map(IndicatorRef::code).toList(),
                action.version());
    }

    ActionForm over(long currentVersion) {
        return new ActionForm(objectiveId, title, description, pilotName, pilotMemberId, memberIds, startsOn, endsOn,
                status, abandonReason, budget, expectedResults, indicatorCodes, currentVersion);
    }

    public boolean involves(long memberId) {
        return memberIds != null && memberIds.contains(memberId);
    }

    public boolean measuredBy(String code) {
        return indicatorCodes != null && indicatorCodes.contains(code);
    }

    /** @throws fr.cmq.shared.InvalidFieldException when the budget cannot be read */
    ActionDetails toDetails() {
        return new ActionDetails(objectiveId, title, description, pilotName, pilotMemberId,
                memberIds == null ? List.of() : memberIds, startsOn, endsOn, status == null ? ActionStatus.PREVUE : status,
                abandonReason, budget == null || budget.isBlank() ? null : Euros.parse(budget, "budget"), expectedResults,
                indicatorCodes == null ? List.of() : indicatorCodes);
    }
}
