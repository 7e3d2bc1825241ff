package fr.cmq.steering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.RegionalCommittees;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RegionAction;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.steering.EstablishedBudgets;

/** Records the comité's establishment of a budget: checked against the comité's keepers, then the budget's rule. */
@Service
@Transactional
@RequiredArgsConstructor
class BudgetEstablishment implements EstablishedBudgets {

    private final BudgetRepository budgets;
    private final CampusDirectory campuses;
    private final RegionalCommittees committees;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final Clock clock;

    @Override
    public void establish(CmqUser actor, long campusId, int year, long version, long meetingId) {
        String region = campuses.get(campusId).regionCode();
        if (region == null) {
            throw new RuleViolationException("rule.budget.establish.no-region");
        }
        guard.require(actor, RegionAction.KEEP, region);
        var meeting = committees.meeting(meetingId).filter(m -> m.regionCode().equals(region))
                .orElseThrow(() -> new NotFoundException("Réunion " + meetingId + " introuvable au comité " + region));
        BudgetEntity.checkYear(year);
        var budget = budgets.findByCampusIdAndYear(campusId, year)
                .orElseThrow(() -> new RuleViolationException("rule.budget.establish.draft", String.valueOf(year)));
        if (budget.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(BudgetEntity.class, budget.getId());
        }
        budget.establishAt(meeting.id(), meeting.heldOn(), LocalDate.now(clock), actor.email(), clock.instant());
        budgets.saveAndFlush(budget);
        auditTrail.record("ETABLISSEMENT_BUDGET", "campus", campusId, Map.of("annee", year,
                "date", meeting.heldOn().toString()));
    }
}
