package fr.cmq.labelling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import fr.cmq.campus.Category;
import fr.cmq.campus.LabelDecided;
import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.Guard;
import fr.cmq.identity.CampusScope;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.labelling.CoSignSide;
import fr.cmq.labelling.Decision;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.LabellingEvent;
import fr.cmq.labelling.OpinionBody;
import fr.cmq.labelling.Transition;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;

class DossierEntityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate DEADLINE = TODAY.plusDays(10);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    /** What the workflow would read for the dossier: the campaign's deadline is always {@link #DEADLINE}. */
    private static DossierFacts facts(int unanswered, LocalDate today, int experts, int reportsMissing,
            Set<OpinionBody> opinions) {
        return new DossierFacts(today, unanswered, DEADLINE, experts, reportsMissing, opinions);
    }
    private static final Decision GRANTED = new Decision(true, Category.CMQ, 5, LocalDate.of(2027, 1, 1),
            "MENE2412345A", TODAY, "Éducation nationale ; Travail ; Enseignement supérieur");

    @Test
    void aDossierGoesFromTheDraftToItsLabelThroughEveryStep() {
        var dossier = dossier(DossierState.BROUILLON);
        dossier.deposit(facts(0, TODAY, 0, 0, Set.of()), "chef", NOW);
        assertThat(dossier.getState()).isEqualTo(DossierState.DEPOSE);
        dossier.cosign(CoSignSide.ACADEMIE, "recteur", NOW);
        assertThat(dossier.getState()).as("one side is not both").isEqualTo(DossierState.DEPOSE);
        assertThatThrownBy(() -> dossier.cosign(CoSignSide.ACADEMIE, "recteur", NOW)).hasMessage("rule.dossier.cosigned");
        dossier.cosign(CoSignSide.REGION, "région", NOW);
        assertThat(dossier.getState()).isEqualTo(DossierState.COSIGNE);
        dossier.recordOpinion(OpinionBody.CAEN, facts(0, TODAY, 0, 0, Set.of()), "pilote", NOW);
        assertThat(dossier.getState()).isEqualTo(DossierState.COSIGNE);
        dossier.recordOpinion(OpinionBody.CREFOP, facts(0, TODAY, 0, 0, Set.of(OpinionBody.CAEN)), "pilote", NOW);
        assertThat(dossier.getState()).isEqualTo(DossierState.AVIS_RECUEILLIS);
        assertThatThrownBy(() -> dossier.startReview(facts(0, TODAY, 1, 0, Set.of()), "admin", NOW)).hasMessage("rule.dossier.experts");
        dossier.startReview(facts(0, TODAY, 2, 0, Set.of()), "admin", NOW);
        assertThat(dossier.getState()).isEqualTo(DossierState.EN_EXPERTISE);
        assertThatThrownBy(() -> dossier.decide(GRANTED, facts(0, TODAY, 2, 1, Set.of()), "admin", NOW)).hasMessage("rule.dossier.reports");
        dossier.decide(GRANTED, facts(0, TODAY, 2, 0, Set.of()), "admin", NOW);
        assertThat(dossier.getState()).isEqualTo(DossierState.DECIDE);
        assertThat(events(dossier)).filteredOn(LabelDecided.class::isInstance).singleElement()
                .isEqualTo(new LabelDecided(1, Category.CMQ, LocalDate.of(2027, 1, 1), LocalDate.of(2031, 12, 31),
                        "MENE2412345A", TODAY));
        assertThat(events(dossier)).filteredOn(LabellingEvent.DossierMoved.class::isInstance).hasSize(7);
    }

    @Test
    void aDepositNeedsEveryCriterionAnsweredBeforeTheDeadlineOrItsExtension() {
        assertThatThrownBy(() -> dossier(DossierState.BROUILLON).deposit(facts(2, TODAY, 0, 0, Set.of()), "chef", NOW))
                .hasMessage("rule.dossier.unanswered");
        assertThatThrownBy(() -> dossier(DossierState.BROUILLON).deposit(facts(0, DEADLINE.plusDays(1), 0, 0, Set.of()), "chef", NOW))
                .hasMessage("rule.dossier.late");
        var extended = dossier(DossierState.BROUILLON);
        extended.extendDeadline(DEADLINE.plusDays(7), "admin", NOW);
        extended.deposit(facts(0, DEADLINE.plusDays(3), 0, 0, Set.of()), "chef", NOW);
        assertThat(extended.getState()).isEqualTo(DossierState.DEPOSE);
    }

    @Test
    void aSendBackNeedsAReasonAndVoidsTheSignatures() {
        var dossier = dossier(DossierState.BROUILLON);
        dossier.deposit(facts(0, TODAY, 0, 0, Set.of()), "chef", NOW);
        dossier.cosign(CoSignSide.REGION, "région", NOW);
        assertThatThrownBy(() -> dossier.sendBack(" ", "recteur", NOW)).isInstanceOf(InvalidFieldException.class);
        dossier.sendBack("Le budget ne montre pas la contribution des entreprises", "recteur", NOW);
        assertThat(dossier.getState()).isEqualTo(DossierState.RENVOYE);
        assertThat(dossier.cosignedBy(CoSignSide.REGION)).isNull();
        dossier.answered("do", NOW);
        dossier.deposit(facts(0, TODAY, 0, 0, Set.of()), "chef", NOW);
        assertThat(dossier.getState()).isEqualTo(DossierState.DEPOSE);
    }

    @Test
    void aDecisionIsRefusedForMoreThanFiveYearsOrWithoutItsArrete() {
        var tooLong = new Decision(true, Category.CMQ, 6, LocalDate.of(2027, 1, 1), "MENE2412345A", TODAY, null);
        assertThatThrownBy(() -> dossier(DossierState.EN_EXPERTISE).decide(tooLong, facts(0, TODAY, 2, 0, Set.of()), "admin", NOW))
                .isInstanceOf(InvalidFieldException.class).extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("durationYears");
        var noNor = new Decision(true, Category.CMQ, 5, LocalDate.of(2027, 1, 1), "arrêté du 3 mai", TODAY, null);
        assertThatThrownBy(() -> dossier(DossierState.EN_EXPERTISE).decide(noNor, facts(0, TODAY, 2, 0, Set.of()), "admin", NOW))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("nor");
        var refused = dossier(DossierState.EN_EXPERTISE);
        refused.decide(new Decision(false, null, null, null, "MENE2412345A", TODAY, null), facts(0, TODAY, 2, 0, Set.of()), "admin", NOW);
        assertThat(refused.getState()).isEqualTo(DossierState.DECIDE);
        assertThat(events(refused)).noneMatch(LabelDecided.class::isInstance);
    }

    /** Every transition from every state: only those the table allows pass the state check. */
    @Test
    void everyTransitionIsTriedFromEveryState() {
        for (DossierState state : DossierState.values()) {
            for (Transition transition : Transition.values()) {
                boolean allowed = allowedFrom(state).contains(transition);
                var dossier = dossier(state);
                Runnable fire = () -> fire(dossier, transition);
                if (allowed) {
                    fire.run();
                    assertThat(dossier.getState()).as(state + " → " + transition).isNotNull();
                } else {
                    assertThatThrownBy(fire::run).as(state + " → " + transition)
                            .isInstanceOf(RuleViolationException.class).hasMessage("rule.dossier.transition");
                    assertThat(dossier.getState()).isEqualTo(state);
                }
                assertThat(DossierEntity.from(state).contains(transition)).as(state + " → " + transition).isEqualTo(allowed);
            }
        }
    }

    /**
     * Every transition from every state by every role, as the service fires it: first who may (403 otherwise), then
     * the state (409 otherwise). Pilots and a director of another territory or campus are refused everything.
     */
    @Test
    void everyTransitionIsTriedFromEveryStateByEveryRole() {
        var campus = new CampusScope(1, Set.of("12"), "44");
        var rules = new TransitionRules(new Guard(new CampusAccess(), campusId -> Optional.empty()));
        Map<String, RoleGrant> roles = new LinkedHashMap<>();
        roles.put("directeur", RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 1));
        roles.put("chef", RoleGrant.campus(Role.CHEF_ETABLISSEMENT_SUPPORT, 1));
        roles.put("pilote académique", RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "12"));
        roles.put("pilote régional", RoleGrant.region(Role.PILOTE_REGIONAL, "44"));
        roles.put("contact", RoleGrant.organisation(1, 5));
        roles.put("expert", RoleGrant.national(Role.EXPERT));
        roles.put("administration", RoleGrant.national(Role.ADMIN_NATIONAL));
        roles.put("chef d'un autre campus", RoleGrant.campus(Role.CHEF_ETABLISSEMENT_SUPPORT, 2));
        roles.put("pilote d'une autre académie", RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "18"));
        roles.put("pilote d'une autre région", RoleGrant.region(Role.PILOTE_REGIONAL, "24"));
        Map<String, Set<Transition>> mayFire = Map.of(
                "chef", EnumSet.of(Transition.DEPOSIT),
                "pilote académique", EnumSet.of(Transition.COSIGN, Transition.SEND_BACK, Transition.RECORD_OPINION),
                "pilote régional", EnumSet.of(Transition.COSIGN, Transition.SEND_BACK, Transition.RECORD_OPINION),
                "administration", EnumSet.of(Transition.START_REVIEW, Transition.DECIDE, Transition.WITHDRAW));
        int tried = 0;
        for (var role : roles.entrySet()) {
            var user = new CmqUser(1, "x@cmq.test", role.getKey(), null, true, List.of(role.getValue()));
            for (DossierState state : DossierState.values()) {
                for (Transition transition : Transition.values()) {
                    String expected = !mayFire.getOrDefault(role.getKey(), Set.of()).contains(transition) ? "403"
                            : allowedFrom(state).contains(transition) ? "200" : "409";
                    var dossier = dossier(state);
                    String outcome;
                    if (!rules.mayFire(user, transition, campus)) {
                        outcome = "403";
                    } else {
                        try {
                            fire(dossier, transition);
                            outcome = "200";
                        } catch (RuleViolationException e) {
                            outcome = "409";
                        }
                    }
                    assertThat(outcome).as(role.getKey() + ", " + state + " → " + transition).isEqualTo(expected);
                    tried++;
                }
            }
        }
        assertThat(tried).isEqualTo(10 * DossierState.values().length * Transition.values().length);
    }

    private static Set<Transition> allowedFrom(DossierState state) {
        return switch (state) {
            case BROUILLON, RENVOYE -> Set.of(Transition.DEPOSIT, Transition.WITHDRAW);
            case DEPOSE -> Set.of(Transition.COSIGN, Transition.SEND_BACK, Transition.WITHDRAW);
            case COSIGNE -> Set.of(Transition.RECORD_OPINION, Transition.WITHDRAW);
            case AVIS_RECUEILLIS -> Set.of(Transition.START_REVIEW, Transition.WITHDRAW);
            case EN_EXPERTISE -> Set.of(Transition.DECIDE, Transition.WITHDRAW);
            case DECIDE, RETIRE -> Set.of();
        };
    }

    private static void fire(DossierEntity dossier, Transition transition) {
        switch (transition) {
            case DEPOSIT -> dossier.deposit(facts(0, TODAY, 0, 0, Set.of()), "chef", NOW);
            case COSIGN -> dossier.cosign(CoSignSide.ACADEMIE, "recteur", NOW);
            case SEND_BACK -> dossier.sendBack("Motif", "recteur", NOW);
            case RECORD_OPINION -> dossier.recordOpinion(OpinionBody.CAEN, facts(0, TODAY, 0, 0, Set.of()), "pilote", NOW);
            case START_REVIEW -> dossier.startReview(facts(0, TODAY, 2, 0, Set.of()), "admin", NOW);
            case DECIDE -> dossier.decide(GRANTED, facts(0, TODAY, 2, 0, Set.of()), "admin", NOW);
            case WITHDRAW -> dossier.withdraw("Motif", "admin", NOW);
        }
    }

    private static Collection<Object> events(DossierEntity dossier) {
        Collection<Object> events = ReflectionTestUtils.invokeMethod(dossier, "domainEvents");
        return events == null ? List.of() : events;
    }

    private static DossierEntity dossier(DossierState state) {
        var dossier = new DossierEntity(1, 1, DossierKind.RENOUVELLEMENT, LocalDate.of(2027, 8, 31));
        ReflectionTestUtils.setField(dossier, "id", 7L);
        ReflectionTestUtils.setField(dossier, "state", state);
        return dossier;
    }
}
