package fr.cmq.steering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.BudgetStatus;

class ActionEntityTest {

    @Test
    void anActionStartsThenEndsOrIsAbandonedForAReason() {
        var action = action();
        action.start();
        action.finish();

        assertThatThrownBy(action::start).isInstanceOf(RuleViolationException.class)
                .hasMessage("rule.action.transition");
        assertThatThrownBy(() -> action().finish()).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> action().abandon(null)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("abandonReason");

        var abandoned = action();
        abandoned.abandon("Plus de financement");
        assertThatThrownBy(() -> abandoned.steer(ActionStatus.PREVUE, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void membersJoinOrLeaveAnActionOnlyWhileItIsOpen() {
        var action = action();
        action.checkOpenToParticipation();
        action.start();
        action.checkOpenToParticipation();
        action.finish();
        assertThatThrownBy(action::checkOpenToParticipation).hasMessage("rule.action.closed");
        var abandoned = action();
        abandoned.abandon("Plus de financement");
        assertThatThrownBy(abandoned::checkOpenToParticipation).hasMessage("rule.action.closed");
    }

    @Test
    void everyStatusGoesOnlyWhereTheRuleSays() {
        for (ActionStatus from : ActionStatus.values()) {
            for (ActionStatus to : ActionStatus.values()) {
                boolean allowed = from == to || switch (from) {
                    case PREVUE -> to == ActionStatus.EN_COURS || to == ActionStatus.ABANDONNEE;
                    case EN_COURS -> to == ActionStatus.TERMINEE || to == ActionStatus.ABANDONNEE;
                    case TERMINEE, ABANDONNEE -> false;
                };
                assertThat(from.next().contains(to) || from == to).as(from + " → " + to).isEqualTo(allowed);
            }
        }
    }

    @Test
    void aBudgetIsSubmittedThenValidatedAndReopenedOnlyByAnAmendment() {
        var budget = new BudgetEntity();
        assertThatThrownBy(() -> budget.submit("do", Instant.EPOCH, 0)).hasMessage("rule.budget.submit.empty");
        assertThatThrownBy(() -> budget.validate("chef", Instant.EPOCH)).hasMessage("rule.budget.validate.not-submitted");
        assertThatThrownBy(() -> budget.amend("do", Instant.EPOCH, "x")).hasMessage("rule.budget.amend.not-validated");

        budget.submit("do", Instant.EPOCH, 3);
        assertThat(budget.getStatus()).isEqualTo(BudgetStatus.SOUMIS);
        assertThatThrownBy(budget::checkOpen).hasMessage("rule.budget.closed");
        assertThatThrownBy(() -> budget.validate("DO", Instant.EPOCH)).as("not by whoever submitted it")
                .hasMessage("rule.budget.validate.own-submission");
        budget.validate("chef", Instant.EPOCH);
        assertThat(budget.getStatus()).isEqualTo(BudgetStatus.VALIDE);
        assertThatThrownBy(() -> budget.submit("do", Instant.EPOCH, 3)).hasMessage("rule.budget.submit.not-draft");

        budget.amend("do", Instant.EPOCH, "Nouvelle subvention");
        assertThat(budget.getStatus()).isEqualTo(BudgetStatus.BROUILLON);
        budget.checkOpen();
    }

    private static ActionEntity action() {
        var action = new ActionEntity(1);
        action.describe(new CheckedAction(null, "Hackathon", null, "Claire", null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 1), null, null, List.of()), "do", Instant.EPOCH);
        return action;
    }
}
