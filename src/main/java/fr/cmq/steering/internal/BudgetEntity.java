package fr.cmq.steering.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.EditedAggregate;
import fr.cmq.steering.BudgetStatus;
import fr.cmq.steering.SteeringEvent;

/**
 * A campus's budget for a year and its sign-off: drafted, submitted, validated; reopened only by an amendment. Each
 * write to its lines goes through {@link #changed}, so that two people editing it meet its version.
 */
@Entity
@Table(name = "campus_budget")
class BudgetEntity extends EditedAggregate<BudgetEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campusId;
    private int year;
    @Enumerated(EnumType.STRING)
    private BudgetStatus status = BudgetStatus.BROUILLON;
    private @Nullable Instant submittedAt;
    private @Nullable String submittedBy;
    private @Nullable Instant validatedAt;
    private @Nullable String validatedBy;
    private @Nullable Long establishedAtMeetingId;

    protected BudgetEntity() {
    }

    /** A budget is kept for a year from 2000 to 2100: another year has none, and is not found. */
    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("Pas de budget pour " + year + " : les années vont de 2000 à 2100");
        }
    }

    /** Refuses a change of what was planned once the budget left its draft. */
    void checkOpen() {
        if (status != BudgetStatus.BROUILLON) {
            throw new RuleViolationException("rule.budget.closed", String.valueOf(year));
        }
    }

    void changed(String by, Instant at) {
        edited(by, at);
        registerEvent(new SteeringEvent.BudgetChanged(campusId, year));
    }

    void submit(String by, Instant at, int lineCount) {
        if (status != BudgetStatus.BROUILLON) {
            throw new RuleViolationException("rule.budget.submit.not-draft", String.valueOf(year));
        }
        if (lineCount == 0) {
            throw new RuleViolationException("rule.budget.submit.empty", String.valueOf(year));
        }
        status = BudgetStatus.SOUMIS;
        submittedAt = at;
        submittedBy = by;
        changed(by, at);
        registerEvent(new SteeringEvent.BudgetSubmitted(campusId, year));
    }

    void validate(String by, Instant at) {
        if (status != BudgetStatus.SOUMIS) {
            throw new RuleViolationException("rule.budget.validate.not-submitted", String.valueOf(year));
        }
        if (by.equalsIgnoreCase(submittedBy)) {
            throw new RuleViolationException("rule.budget.validate.own-submission", String.valueOf(year));
        }
        status = BudgetStatus.VALIDE;
        validatedAt = at;
        validatedBy = by;
        changed(by, at);
        registerEvent(new SteeringEvent.BudgetValidated(campusId, year));
    }

    void sendBack(String by, Instant at) {
        if (status != BudgetStatus.SOUMIS) {
            throw new RuleViolationException("rule.budget.send-back.not-submitted", String.valueOf(year));
        }
        reopen(by, at);
    }

    void amend(String by, Instant at, String reason) {
        if (status != BudgetStatus.VALIDE) {
            throw new RuleViolationException("rule.budget.amend.not-validated", String.valueOf(year));
        }
        reopen(by, at);
        registerEvent(new SteeringEvent.BudgetAmended(campusId, year, reason));
    }

    /**
     * The regional comité established the budget at a meeting held, in the budget's year or the one before: a draft
     * is not established, and an amendment reopening the budget takes the establishment away.
     */
    void establishAt(long meetingId, LocalDate heldOn, LocalDate today, String by, Instant at) {
        if (status == BudgetStatus.BROUILLON) {
            throw new RuleViolationException("rule.budget.establish.draft", String.valueOf(year));
        }
        if (heldOn.isAfter(today) || heldOn.getYear() < year - 1 || heldOn.getYear() > year) {
            throw new RuleViolationException("rule.budget.establish.meeting", String.valueOf(year));
        }
        establishedAtMeetingId = meetingId;
        changed(by, at);
    }

    private void reopen(String by, Instant at) {
        establishedAtMeetingId = null;
        status = BudgetStatus.BROUILLON;
        submittedAt = null;
        submittedBy = null;
        validatedAt = null;
        validatedBy = null;
        changed(by, at);
    }

    long getId() {
        return id;
    }

    long campusId() {
        return campusId;
    }

    BudgetStatus getStatus() {
        return status;
    }
}
