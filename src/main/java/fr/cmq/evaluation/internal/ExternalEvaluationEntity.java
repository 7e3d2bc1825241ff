package fr.cmq.evaluation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.cmq.evaluation.ExternalEvaluation;
import fr.cmq.evaluation.ExternalEvaluationEvent;
import fr.cmq.evaluation.ExternalEvaluationState;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.EditedAggregate;

/**
 * The experts' evaluation of one self-evaluation: written while under way, published once whole; its overall verdict
 * and reasons are its own, its positions and domain verdicts come with it.
 */
@Entity
@Table(name = "external_evaluation")
class ExternalEvaluationEntity extends EditedAggregate<ExternalEvaluationEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assessmentId;
    private long campusId;
    @Enumerated(EnumType.STRING)
    private ExternalEvaluationState state = ExternalEvaluationState.EN_COURS;
    @Enumerated(EnumType.STRING)
    private @Nullable Verdict verdict;
    private @Nullable String reasons;
    private Instant openedAt;
    private @Nullable Instant publishedAt;

    protected ExternalEvaluationEntity() {
    }

    ExternalEvaluationEntity(long campusId, long assessmentId, String by, Instant at) {
        this.campusId = campusId;
        this.assessmentId = assessmentId;
        this.openedAt = at;
        edited(by, at);
    }

    /** Experts are assigned while it is written; afterwards its group is history. */
    void checkUnderWay() {
        if (state != ExternalEvaluationState.EN_COURS) {
            throw new RuleViolationException("rule.external.published");
        }
    }

    void assigned(long expertId) {
        checkUnderWay();
        registerEvent(new ExternalEvaluationEvent.ExpertAssigned(campusId, id, expertId));
    }

    void conclude(@Nullable Verdict verdict, @Nullable String reasons, String by, Instant at) {
        checkUnderWay();
        if (verdict == null) {
            throw new InvalidFieldException("verdict", "Choisissez un avis : favorable, réservé ou défavorable");
        }
        if (reasons == null) {
            throw new InvalidFieldException("reasons", "Donnez les motifs de l’avis");
        }
        this.verdict = verdict;
        this.reasons = reasons;
        edited(by, at);
    }

    /** Published whole: every référence positioned, every domain judged, the overall verdict given. */
    void publish(ExternalEvaluation.Missing missing, String by, Instant at) {
        checkUnderWay();
        if (!missing.none()) {
            throw new RuleViolationException("rule.external.incomplete", missing.positions(), missing.domains(),
                    missing.verdict() ? 1 : 0);
        }
        state = ExternalEvaluationState.PUBLIEE;
        publishedAt = at;
        edited(by, at);
        registerEvent(new ExternalEvaluationEvent.Published(campusId, id, assessmentId, verdict));
    }

    Long getId() {
        return id;
    }

    long getAssessmentId() {
        return assessmentId;
    }

    long getCampusId() {
        return campusId;
    }

    boolean published() {
        return state == ExternalEvaluationState.PUBLIEE;
    }
}
