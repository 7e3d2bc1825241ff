package fr.cmq.steering.internal;

import java.math.BigDecimal;
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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.EditedAggregate;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.SteeringEvent;

/** An action of a campus's plan: versioned, changed whole; its status moves only along the allowed transitions. */
@Entity
@Table(name = "campus_action")
class ActionEntity extends EditedAggregate<ActionEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campusId;
    private @Nullable Long objectiveId;
    private String title;
    private @Nullable String description;
    private String pilotName;
    private @Nullable Long pilotMemberId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.PREVUE;
    private @Nullable String abandonReason;
    private @Nullable BigDecimal budget;
    private @Nullable String expectedResults;
    private @Nullable String origin;
    private @Nullable String originPath;

    protected ActionEntity() {
    }

    ActionEntity(long campusId) {
        this.campusId = campusId;
    }

    void describe(CheckedAction action, String by, Instant at) {
        this.objectiveId = action.objectiveId();
        this.title = action.title();
        this.description = action.description();
        this.pilotName = action.pilotName();
        this.pilotMemberId = action.pilotMemberId();
        this.startsOn = action.startsOn();
        this.endsOn = action.endsOn();
        this.budget = action.budget();
        this.expectedResults = action.expectedResults();
        edited(by, at);
        registerEvent(new SteeringEvent.PlanChanged(campusId));
    }

    /** Asked for by another module: the request it answers, and the page it links back to. */
    void comesFrom(String requestKey, String path) {
        this.origin = requestKey;
        this.originPath = path;
    }

    /** The action gets under way. */
    void start() {
        move(ActionStatus.EN_COURS, null);
    }

    /** The action is done. */
    void finish() {
        move(ActionStatus.TERMINEE, null);
    }

    /** The action is given up, for a reason that is kept (said again, the reason alone changes). */
    void abandon(@Nullable String reason) {
        if (reason == null) {
            throw new InvalidFieldException("abandonReason", "Dites pourquoi l’action est abandonnée");
        }
        move(ActionStatus.ABANDONNEE, reason);
    }

    /** What a form asks, as the named step that leads there; asking for the status it has changes nothing. */
    void steer(ActionStatus asked, @Nullable String reason) {
        switch (asked) {
            case PREVUE -> move(ActionStatus.PREVUE, null);
            case EN_COURS -> start();
            case TERMINEE -> finish();
            case ABANDONNEE -> abandon(reason);
        }
    }

    /** Only where {@link ActionStatus#next()} allows; each move is announced. */
    private void move(ActionStatus next, @Nullable String reason) {
        if (next != status && !status.next().contains(next)) {
            throw new RuleViolationException("rule.action.transition", label(status), label(next));
        }
        if (next != status) {
            registerEvent(new SteeringEvent.ActionMoved(campusId, title, status, next));
        }
        status = next;
        abandonReason = reason;
    }

    /** Members join or leave an action while it is planned or under way; afterwards who took part is history. */
    void checkOpenToParticipation() {
        if (!status.open()) {
            throw new RuleViolationException("rule.action.closed", label(status));
        }
    }

    private static DefaultMessageSourceResolvable label(ActionStatus status) {
        return new DefaultMessageSourceResolvable("actionstatus." + status.name());
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }
}
