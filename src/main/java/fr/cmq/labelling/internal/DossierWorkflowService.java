package fr.cmq.labelling.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusStatus;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.Decision;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.StepDetails;
import fr.cmq.labelling.Transition;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.signing.SignatureAct;
import fr.cmq.shared.signing.ToSign;

/**
 * A dossier's way from its opening to its arrêté: who fires a transition is {@link TransitionRules}'s answer, whether
 * the dossier may take it now is {@link DossierEntity}'s, from the {@link DossierFacts} read for it.
 */
@Service
@Transactional
@RequiredArgsConstructor
class DossierWorkflowService implements DossierWorkflow {

    private static final String AUDITED = "dossier";
    private static final int MAX_TEXT = 20_000;
    private static final String PAST_DECISION = "Arrêté antérieur à la plateforme, repris par l’administration";

    private final DossierRepository dossiers;
    private final TransitionRules rules;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DossierSignatures signatures;

    @Override
    public long open(CmqUser actor, long campaignId, long campusId, DossierKind kind) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.EDIT);
        var campaign = campaign(campaignId);
        if (!campaign.open()) {
            throw new RuleViolationException("rule.campaign.closed", campaign.title());
        }
        joinable(campaign, campus, kind);
        if (kind == DossierKind.CREATION && campus.status() != CampusStatus.PROJET) {
            throw new RuleViolationException("rule.dossier.creation-labelled", campus.name());
        }
        if (kind != DossierKind.CREATION && campus.labelEnd() == null) {
            throw new RuleViolationException("rule.dossier.needs-label", campus.name());
        }
        var dossier = new DossierEntity(campaignId, campusId, kind,
                kind == DossierKind.RENOUVELLEMENT ? campus.labelEnd() : null);
        dossiers.saveAndFlush(dossier);
        auditTrail.record("OUVERTURE_DOSSIER", AUDITED, dossier.getId(), Map.of("campus", campus.name(),
                "campagne", campaign.title(), "nature", kind.name()));
        return dossier.getId();
    }

    @Override
    public long recordPastDecision(CmqUser admin, long campaignId, @Nullable Long campusId,
            @Nullable DossierKind kind, @Nullable Decision decision) {
        guard.requireNationalAdministration(admin);
        if (campusId == null) {
            throw new InvalidFieldException("campusId", "Le campus du dossier");
        }
        if (kind == null) {
            throw new InvalidFieldException("kind", "La nature du dossier");
        }
        if (decision == null) {
            throw new InvalidFieldException("granted", "Label accordé ou refusé");
        }
        var campus = campuses.get(campusId);
        var campaign = campaign(campaignId);
        if (!LocalDate.now(clock).isAfter(campaign.depositDeadline())) {
            throw new RuleViolationException("rule.campaign.not-closed", campaign.title());
        }
        joinable(campaign, campus, kind);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var dossier = DossierEntity.decidedBefore(campaignId, campusId, kind, decision, LocalDate.now(clock),
                admin.email(), now);
        dossiers.saveAndFlush(dossier);
        step(dossier.getId(), Transition.DECIDE, DossierState.BROUILLON, DossierState.DECIDE, admin, PAST_DECISION, now);
        auditTrail.record("REPRISE_ARRETE", AUDITED, dossier.getId(), Map.of("campus", campus.name(),
                "campagne", campaign.title(), "nor", String.valueOf(decision.nor())));
        return dossier.getId();
    }

    @Override
    public void extendDeadline(CmqUser admin, long dossierId, @Nullable LocalDate until) {
        guard.requireNationalAdministration(admin);
        var dossier = dossier(dossierId);
        if (until == null || until.isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("until", "Une date d’aujourd’hui ou après");
        }
        dossier.extendDeadline(until, admin.email(), clock.instant());
        dossiers.saveAndFlush(dossier);
        auditTrail.record("PROLONGATION_DEPOT", AUDITED, dossierId, Map.of("jusqu_au", until.toString()));
    }

    @Override
    public void fire(CmqUser actor, long dossierId, Transition transition, StepDetails details) {
        var dossier = dossier(dossierId);
        var campus = campuses.get(dossier.getCampusId());
        rules.requireFire(actor, transition, campus.scope());
        var from = dossier.getState();
        // the step's instant as the database keeps it, so that its event names the same step
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var facts = DossierFacts.of(jdbc, dossierId, LocalDate.now(clock));
        String by = actor.email();
        String reason = null;
        switch (transition) {
            case DEPOSIT -> {
                signatures.signed(dossier, campus, SignatureAct.DEPOT_DOSSIER, actor, now);
                dossier.deposit(facts, by, now);
            }
            case COSIGN -> {
                var side = rules.sideOf(actor, campus.scope(), TransitionRules.Signatures.of(dossier)).orElseThrow();
                signatures.signed(dossier, campus, DossierSignatures.cosignature(side), actor, now);
                dossier.cosign(side, by, now);
            }
            case SEND_BACK -> {
                dossier.sendBack(details.reason(), by, now);
                reason = details.reason();
                signatures.sentBack(dossier, reason, now);
            }
            case RECORD_OPINION -> recordOpinion(dossier, details, facts, by, now);
            case START_REVIEW -> dossier.startReview(facts, by, now);
            case DECIDE -> {
                if (details.decision() == null) {
                    throw new InvalidFieldException("granted", "La décision de l’arrêté");
                }
                dossier.decide(details.decision(), facts, by, now);
            }
            case WITHDRAW -> {
                dossier.withdraw(details.reason(), by, now);
                reason = details.reason();
            }
        }
        dossiers.saveAndFlush(dossier);
        step(dossierId, transition, from, dossier.getState(), actor, reason, now);
        auditTrail.record("ETAPE_DOSSIER", AUDITED, dossierId, Map.of("etape", transition.apiName(),
                "de", from.name(), "vers", dossier.getState().name(), "campus", campus.name()));
    }

    @Override
    public ToSign toSign(CmqUser actor, long dossierId, Transition transition) {
        var dossier = dossier(dossierId);
        var campus = campuses.get(dossier.getCampusId());
        rules.requireFire(actor, transition, campus.scope());
        dossier.check(transition);
        int unanswered = DossierFacts.of(jdbc, dossierId, LocalDate.now(clock)).unanswered();
        if (transition == Transition.DEPOSIT && unanswered > 0) {
            throw new RuleViolationException("rule.dossier.unanswered", unanswered);
        }
        var act = switch (transition) {
            case DEPOSIT -> SignatureAct.DEPOT_DOSSIER;
            case COSIGN -> DossierSignatures.cosignature(
                    rules.sideOf(actor, campus.scope(), TransitionRules.Signatures.of(dossier)).orElseThrow());
            default -> throw new NotFoundException("L’étape « " + transition.apiName() + " » ne se signe pas");
        };
        return new ToSign(act, campus.name(), signatures.summary(dossier, campus), dossier.getVersion());
    }

    @Override
    public void sign(CmqUser actor, long dossierId, Transition transition, long readVersion, boolean read) {
        var dossier = dossier(dossierId);
        rules.requireFire(actor, transition, campuses.get(dossier.getCampusId()).scope());
        if (transition != Transition.DEPOSIT && transition != Transition.COSIGN) {
            throw new NotFoundException("L’étape « " + transition.apiName() + " » ne se signe pas");
        }
        if (!read) {
            throw new InvalidFieldException("read", "Cochez la case pour dire que vous avez relu ce que vous signez");
        }
        long version = dossier.getVersion();
        if (version != readVersion) {
            throw new RuleViolationException("rule.signature.stale", readVersion, version);
        }
        fire(actor, dossierId, transition, StepDetails.NONE);
    }

    private void recordOpinion(DossierEntity dossier, StepDetails details, DossierFacts facts, String by,
            Instant now) {
        if (details.body() == null) {
            throw new InvalidFieldException("body", "L’instance qui rend l’avis : CAEN ou CREFOP");
        }
        if (details.verdict() == null) {
            throw new InvalidFieldException("verdict", "L’avis : favorable, réservé ou défavorable");
        }
        if (details.givenOn() == null || details.givenOn().isAfter(facts.today()) || details.givenOn().getYear() < 2000) {
            throw new InvalidFieldException("givenOn", "La date de l’avis, aujourd’hui ou avant");
        }
        String text = PlainText.optional(details.text(), "text", MAX_TEXT);
        dossier.recordOpinion(details.body(), facts, by, now);
        jdbc.sql("insert into dossier_opinion (dossier_id, body, verdict, given_on, text, recorded_by)"
                        + " values (:dossier, :body, :verdict, :on, :text, :by) on conflict (dossier_id, body) do update"
                        + " set verdict = excluded.verdict, given_on = excluded.given_on, text = excluded.text,"
                        + " recorded_by = excluded.recorded_by, recorded_at = now()")
                .param("dossier", dossier.getId()).param("body", details.body().name())
                .param("verdict", details.verdict().name()).param("on", details.givenOn()).param("text", text)
                .param("by", by).update();
    }

    /** A line of the dossier's timeline. */
    private void step(long dossierId, Transition transition, DossierState from, DossierState to, CmqUser actor,
            @Nullable String reason, Instant at) {
        jdbc.sql("insert into dossier_step (dossier_id, name, from_state, to_state, actor, reason, at)"
                        + " values (:dossier, :name, :from, :to, :actor, :reason, :at)")
                .param("dossier", dossierId).param("name", transition.name()).param("from", from.name())
                .param("to", to.name()).param("actor", actor.displayName())
                .param("reason", PlainText.blankToNull(reason)).param("at", Timestamp.from(at)).update();
    }

    private Campaign campaign(long campaignId) {
        var today = LocalDate.now(clock);
        return jdbc.sql("select c.*, g.version as grid_version from campaign c join criteria_grid g on g.id = c.grid_id"
                        + " where c.id = :id")
                .param("id", campaignId).query((rs, n) -> DossierSql.campaign(rs, "id", today)).optional()
                .orElseThrow(() -> new NotFoundException("Campagne " + campaignId + " introuvable"));
    }

    /** The campaign takes this kind of dossier and has none yet for this campus. */
    private void joinable(Campaign campaign, CampusDetails campus, DossierKind kind) {
        if (!campaign.kinds().contains(kind)) {
            throw new RuleViolationException("rule.campaign.kind", campaign.title(),
                    new DefaultMessageSourceResolvable("dossierkind." + kind));
        }
        boolean exists = jdbc.sql("select exists (select 1 from dossier where campaign_id = :campaign"
                        + " and campus_id = :campus)")
                .param("campaign", campaign.id()).param("campus", campus.id()).query(Boolean.class).single();
        if (exists) {
            throw new RuleViolationException("rule.dossier.exists", campus.name(), campaign.title());
        }
    }

    private DossierEntity dossier(long dossierId) {
        return dossiers.findById(dossierId)
                .orElseThrow(() -> new NotFoundException("Dossier " + dossierId + " introuvable"));
    }
}
