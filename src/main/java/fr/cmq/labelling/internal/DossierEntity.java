package fr.cmq.labelling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import fr.cmq.campus.Category;
import fr.cmq.campus.LabelDecided;
import fr.cmq.labelling.CoSignSide;
import fr.cmq.labelling.Decision;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.LabellingEvent;
import fr.cmq.labelling.OpinionBody;
import fr.cmq.labelling.Transition;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.EditedAggregate;

/**
 * A campus's dossier in a campaign: its state moves only by the transitions below, each checking the state it leaves
 * and its preconditions, refusing otherwise with a rule and registering the step as an event. Who may fire which
 * transition is {@link TransitionRules}'s to say.
 */
@Entity
@Table(name = "dossier")
class DossierEntity extends EditedAggregate<DossierEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campaignId;
    private long campusId;
    @Enumerated(EnumType.STRING)
    private DossierKind kind;
    @Enumerated(EnumType.STRING)
    private DossierState state = DossierState.BROUILLON;
    private @Nullable LocalDate deadlineExtendedTo;
    private @Nullable String signedBy;
    private @Nullable Instant signedAt;
    private @Nullable String academieCosignedBy;
    private @Nullable Instant academieCosignedAt;
    private @Nullable String regionCosignedBy;
    private @Nullable Instant regionCosignedAt;
    private @Nullable String sentBackReason;
    private @Nullable String withdrawnReason;
    private @Nullable Boolean granted;
    @Enumerated(EnumType.STRING)
    private @Nullable Category category;
    private @Nullable Integer durationYears;
    private @Nullable LocalDate labelStart;
    private @Nullable LocalDate decidedOn;
    private @Nullable String nor;
    private @Nullable String ministries;
    private @Nullable LocalDate previousLabelEnd;

    protected DossierEntity() {
    }

    DossierEntity(long campaignId, long campusId, DossierKind kind, @Nullable LocalDate previousLabelEnd) {
        this.campaignId = campaignId;
        this.campusId = campusId;
        this.kind = kind;
        this.previousLabelEnd = previousLabelEnd;
    }

    /** The transitions this state lets anyone fire, before who fires them and their preconditions are checked. */
    static Set<Transition> from(DossierState state) {
        return switch (state) {
            case BROUILLON, RENVOYE -> EnumSet.of(Transition.DEPOSIT, Transition.WITHDRAW);
            case DEPOSE -> EnumSet.of(Transition.COSIGN, Transition.SEND_BACK, Transition.WITHDRAW);
            case COSIGNE -> EnumSet.of(Transition.RECORD_OPINION, Transition.WITHDRAW);
            case AVIS_RECUEILLIS -> EnumSet.of(Transition.START_REVIEW, Transition.WITHDRAW);
            case EN_EXPERTISE -> EnumSet.of(Transition.DECIDE, Transition.WITHDRAW);
            case DECIDE, RETIRE -> EnumSet.noneOf(Transition.class);
        };
    }

    /**
     * The chef d'établissement support signs it off: every criterion answered, by the campaign's deadline or the one
     * the administration extended for this dossier.
     */
    void deposit(DossierFacts facts, String by, Instant at) {
        check(Transition.DEPOSIT);
        if (facts.unanswered() > 0) {
            throw new RuleViolationException("rule.dossier.unanswered", facts.unanswered());
        }
        LocalDate deadline = deadlineExtendedTo != null ? deadlineExtendedTo : facts.campaignDeadline();
        if (facts.today().isAfter(deadline)) {
            throw new RuleViolationException("rule.dossier.late", deadline.toString());
        }
        signedBy = by;
        signedAt = at;
        sentBackReason = null;
        move(Transition.DEPOSIT, DossierState.DEPOSE, by, at);
    }

    /** One side carries it; when the other already has, the candidature is "portée conjointement". */
    void cosign(CoSignSide side, String by, Instant at) {
        check(Transition.COSIGN);
        if (cosignedBy(side) != null) {
            throw new RuleViolationException("rule.dossier.cosigned", new DefaultMessageSourceResolvable("cosignside." + side));
        }
        if (side == CoSignSide.ACADEMIE) {
            academieCosignedBy = by;
            academieCosignedAt = at;
        } else {
            regionCosignedBy = by;
            regionCosignedAt = at;
        }
        boolean both = academieCosignedBy != null && regionCosignedBy != null;
        move(Transition.COSIGN, both ? DossierState.COSIGNE : DossierState.DEPOSE, by, at);
    }

    /** Back to the DO for a reason; the co-signatures given so far are void. */
    void sendBack(@Nullable String reason, String by, Instant at) {
        check(Transition.SEND_BACK);
        sentBackReason = required(reason);
        signedBy = null;
        signedAt = null;
        academieCosignedBy = null;
        academieCosignedAt = null;
        regionCosignedBy = null;
        regionCosignedAt = null;
        move(Transition.SEND_BACK, DossierState.RENVOYE, by, at);
    }

    /** The avis of one body is recorded; both given, the dossier goes on to its review. */
    void recordOpinion(OpinionBody body, DossierFacts facts, String by, Instant at) {
        check(Transition.RECORD_OPINION);
        var given = EnumSet.of(body);
        given.addAll(facts.opinions());
        boolean both = given.containsAll(EnumSet.allOf(OpinionBody.class));
        move(Transition.RECORD_OPINION, both ? DossierState.AVIS_RECUEILLIS : DossierState.COSIGNE, by, at);
    }

    /** The review opens once a group of two experts at least is assigned. */
    void startReview(DossierFacts facts, String by, Instant at) {
        check(Transition.START_REVIEW);
        if (facts.experts() < 2) {
            throw new RuleViolationException("rule.dossier.experts", facts.experts());
        }
        move(Transition.START_REVIEW, DossierState.EN_EXPERTISE, by, at);
    }

    /** The arrêté, once every assigned expert has submitted a report. */
    void decide(Decision decision, DossierFacts facts, String by, Instant at) {
        check(Transition.DECIDE);
        if (facts.reportsMissing() > 0) {
            throw new RuleViolationException("rule.dossier.reports", facts.reportsMissing());
        }
        record(decision, facts.today());
        move(Transition.DECIDE, DossierState.DECIDE, by, at);
        grant();
    }

    /**
     * An arrêté taken before the platform kept the dossiers, recorded by the administration in a closed campaign: the
     * dossier is decided from the start, with no step before it and no e-mail; a granted label still reaches its campus.
     */
    static DossierEntity decidedBefore(long campaignId, long campusId, DossierKind kind, Decision decision,
            LocalDate today, String by, Instant at) {
        var dossier = new DossierEntity(campaignId, campusId, kind, null);
        dossier.record(decision, today);
        dossier.state = DossierState.DECIDE;
        dossier.edited(by, at);
        dossier.grant();
        return dossier;
    }

    private void record(Decision decision, LocalDate today) {
        String reference = DecisionCheck.checked(decision, kind, today);
        granted = decision.granted();
        category = decision.granted() ? decision.category() : null;
        durationYears = decision.granted() ? decision.durationYears() : null;
        labelStart = decision.granted() ? decision.startDate() : null;
        decidedOn = decision.decidedOn();
        nor = reference;
        ministries = PlainText.blankToNull(decision.ministries());
    }

    /** A granted label goes to its campus once the decision has committed. */
    private void grant() {
        if (Boolean.TRUE.equals(granted) && category != null && labelStart != null && durationYears != null
                && nor != null && decidedOn != null) {
            registerEvent(new LabelDecided(campusId, category, labelStart,
                    labelStart.plusYears(durationYears).minusDays(1), nor, decidedOn));
        }
    }

    void withdraw(@Nullable String reason, String by, Instant at) {
        check(Transition.WITHDRAW);
        withdrawnReason = required(reason);
        move(Transition.WITHDRAW, DossierState.RETIRE, by, at);
    }

    /** The administration gives this dossier more time to be deposited. */
    void extendDeadline(LocalDate until, String by, Instant at) {
        if (!state.editable()) {
            throw new RuleViolationException("rule.dossier.extend", label(state));
        }
        deadlineExtendedTo = until;
        edited(by, at);
    }

    /** The DO's answers changed: the dossier is touched so that two people editing it see each other. */
    void answered(String by, Instant at) {
        if (!state.editable()) {
            throw new RuleViolationException("rule.dossier.locked", label(state));
        }
        edited(by, at);
    }

    void check(Transition transition) {
        if (!from(state).contains(transition)) {
            throw new RuleViolationException("rule.dossier.transition",
                    new DefaultMessageSourceResolvable("transition." + transition.name()), label(state));
        }
    }

    private void move(Transition transition, DossierState to, String by, Instant at) {
        var from = state;
        state = to;
        edited(by, at);
        registerEvent(new LabellingEvent.DossierMoved(id, campusId, transition, from, to, at));
    }

    private static String required(@Nullable String reason) {
        String text = PlainText.optional(reason, "reason", 4000);
        if (text == null) {
            throw new InvalidFieldException("reason", "Donnez la raison");
        }
        return text;
    }

    private static DefaultMessageSourceResolvable label(DossierState state) {
        return new DefaultMessageSourceResolvable("dossierstate." + state.name());
    }

    @Nullable String cosignedBy(CoSignSide side) {
        return side == CoSignSide.ACADEMIE ? academieCosignedBy : regionCosignedBy;
    }

    Long getId() {
        return id;
    }

    long getCampaignId() {
        return campaignId;
    }

    @Nullable LocalDate getPreviousLabelEnd() {
        return previousLabelEnd;
    }

    long getCampusId() {
        return campusId;
    }

    DossierKind getKind() {
        return kind;
    }

    DossierState getState() {
        return state;
    }

}
