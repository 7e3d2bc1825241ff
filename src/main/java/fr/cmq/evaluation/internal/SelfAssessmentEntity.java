package fr.cmq.evaluation.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.cmq.evaluation.SelfAssessmentEvent;
import fr.cmq.evaluation.SelfAssessmentState;
import fr.cmq.evaluation.SelfAssessmentTransition;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.EditedAggregate;

/**
 * A campus's self-evaluation: it keeps the version of the référentiel it was opened with and holds its state; each
 * transition checks where it stands and what it needs, and announces itself.
 */
@Entity
@Table(name = "self_assessment")
class SelfAssessmentEntity extends EditedAggregate<SelfAssessmentEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campusId;
    private long frameworkId;
    @Enumerated(EnumType.STRING)
    private SelfAssessmentState state = SelfAssessmentState.EN_COURS;
    private Instant openedAt;
    private String openedBy;
    private @Nullable Instant submittedAt;
    private @Nullable Instant evaluatedAt;

    protected SelfAssessmentEntity() {
    }

    SelfAssessmentEntity(long campusId, long frameworkId, String by, Instant at) {
        this.campusId = campusId;
        this.frameworkId = frameworkId;
        this.openedBy = by;
        this.openedAt = at;
        edited(by, at);
    }

    /** Announces the opening once the id is known. */
    void opened() {
        registerEvent(new SelfAssessmentEvent.Opened(campusId, id));
    }

    /** The transitions a self-evaluation may take in this state, with so many références without a position. */
    static List<SelfAssessmentTransition> allowed(SelfAssessmentState state, int unanswered) {
        return state == SelfAssessmentState.EN_COURS && unanswered == 0 ? List.of(SelfAssessmentTransition.SUBMIT)
                : List.of();
    }

    void submit(int unanswered, String by, Instant at) {
        if (state != SelfAssessmentState.EN_COURS) {
            throw new RuleViolationException("rule.selfassessment.not-open");
        }
        if (unanswered > 0) {
            throw new RuleViolationException("rule.selfassessment.incomplete", unanswered);
        }
        state = SelfAssessmentState.SOUMISE;
        submittedAt = at;
        edited(by, at);
        registerEvent(new SelfAssessmentEvent.Submitted(campusId, id));
    }

    /** The external evaluation of it is published: it is evaluated, and the campus may open the next one. */
    void evaluated(String by, Instant at) {
        if (state != SelfAssessmentState.SOUMISE) {
            throw new RuleViolationException("rule.selfassessment.not-submitted");
        }
        state = SelfAssessmentState.EVALUEE;
        evaluatedAt = at;
        edited(by, at);
        registerEvent(new SelfAssessmentEvent.Evaluated(campusId, id));
    }

    boolean submitted() {
        return state == SelfAssessmentState.SOUMISE;
    }

    boolean underWay() {
        return state == SelfAssessmentState.EN_COURS;
    }

    Long getId() {
        return id;
    }

    long getFrameworkId() {
        return frameworkId;
    }
}
