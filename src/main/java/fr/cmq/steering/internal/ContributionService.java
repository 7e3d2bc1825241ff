package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.Member;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.Euros;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.Contribution;
import fr.cmq.steering.ContributionKind;
import fr.cmq.steering.MemberRef;
import fr.cmq.steering.NewContribution;
import fr.cmq.steering.SteeringEvent;

/** Keeps the members' contributions to a campus's budgets: by their contact or by the team, checked by the guard. */
@Service
@Transactional
@RequiredArgsConstructor
class ContributionService implements BudgetContributions {

    private static final String AUDITED = "campus";
    private static final int MAX_TEXT = 2000;

    private final BudgetRepository budgets;
    private final ContributionRows rows;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributionsOf(CmqUser contact, long campusId, int year) {
        var campus = campuses.get(campusId);
        BudgetEntity.checkYear(year);
        var own = campus.members().stream().filter(m -> guard.isContactOf(contact, campusId, m.id()))
                .collect(Collectors.toMap(Member::id, Member::name));
        return own.isEmpty() ? List.of() : rows.of(campusId, year, List.copyOf(own.keySet()), own);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberRef> declarableBy(@Nullable CmqUser user, long campusId) {
        return campuses.find(campusId).map(campus -> {
            boolean team = guard.may(user, CampusAction.EDIT, campus.scope());
            return campus.activeMembers().stream()
                    .filter(member -> team || guard.isContactOf(user, campus.id(), member.id()))
                    .map(member -> new MemberRef(member.id(), member.name())).toList();
        }).orElse(List.of());
    }

    @Override
    public long declare(CmqUser actor, long campusId, int year, NewContribution contribution) {
        var campus = campuses.get(campusId);
        BudgetEntity.checkYear(year);
        var member = campus.activeMembers().stream().filter(m -> m.id() == contribution.memberId()).findFirst();
        guard.requireActsFor(actor, campus.scope(), contribution.memberId());
        if (member.isEmpty()) {
            throw new InvalidFieldException("memberId", "Cet organisme ne fait pas (ou plus) partie du réseau du campus");
        }
        if (contribution.amount().signum() <= 0) {
            throw new InvalidFieldException("amount", "Une contribution se chiffre en euros, plus de 0 €");
        }
        var amount = Euros.check(contribution.amount(), "amount");
        var hours = contribution.hours();
        if (hours != null && contribution.kind() != ContributionKind.HUMAINE) {
            throw new InvalidFieldException("hours", "Les heures se donnent pour une contribution humaine seulement");
        }
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                || hours.stripTrailingZeros().scale() > 1)) {
            throw new InvalidFieldException("hours", "Un nombre d’heures positif, au dixième près");
        }
        String description = PlainText.optional(contribution.description(), "description", MAX_TEXT);
        boolean announced = contribution.planned() && plannedAmountsChange(actor, campusId, year);
        long id = jdbc.sql("insert into contribution (campus_id, year, member_id, kind, amount, hours, description,"
                        + " planned, declared_by) values (:campus, :year, :member, :kind, :amount, :hours, :description,"
                        + " :planned, :by) returning id")
                .param("campus", campusId).param("year", year).param("member", contribution.memberId())
                .param("kind", contribution.kind().name()).param("amount", amount).param("hours", hours)
                .param("description", description).param("planned", contribution.planned())
                .param("by", actor.email()).query(Long.class).single();
        auditTrail.record("CONTRIBUTION", AUDITED, campusId, Map.of("annee", year, "membre", member.get().name(),
                "nature", contribution.kind().name(), "montant", amount.toPlainString(),
                "prevue", contribution.planned()));
        if (!announced) {
            events.publishEvent(new SteeringEvent.BudgetChanged(campusId, year));
        }
        return id;
    }

    @Override
    public void withdraw(CmqUser actor, long campusId, int year, long contributionId) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.CONTRIBUTE);
        var stored = jdbc.sql("select member_id, planned, amount from contribution"
                        + " where id = :id and campus_id = :campus and year = :year")
                .param("id", contributionId).param("campus", campusId).param("year", year)
                .query((rs, n) -> new StoredContribution(rs.getLong("member_id"), rs.getBoolean("planned"),
                        rs.getBigDecimal("amount")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Contribution " + contributionId + " introuvable pour " + year));
        guard.requireActsFor(actor, campus.scope(), stored.memberId());
        boolean announced = stored.planned() && plannedAmountsChange(actor, campusId, year);
        jdbc.sql("delete from contribution where id = :id").param("id", contributionId).update();
        auditTrail.record("RETRAIT_CONTRIBUTION", AUDITED, campusId, Map.of("annee", year,
                "membre", nameOf(campus, stored.memberId()), "montant", stored.amount().toPlainString()));
        if (!announced) {
            events.publishEvent(new SteeringEvent.BudgetChanged(campusId, year));
        }
    }

    private record StoredContribution(long memberId, boolean planned, BigDecimal amount) {
    }

    /**
     * A planned contribution is part of the budget: it is refused once the budget is submitted, and moves the budget's
     * version, so that a submission made meanwhile meets a conflict instead of leaving it out.
     *
     * @return whether the budget announced the change itself
     */
    private boolean plannedAmountsChange(CmqUser actor, long campusId, int year) {
        var budget = budgets.findByCampusIdAndYear(campusId, year);
        budget.ifPresent(kept -> {
            kept.checkOpen();
            kept.changed(actor.email(), clock.instant());
            budgets.saveAndFlush(kept);
        });
        return budget.isPresent();
    }

    private static String nameOf(CampusDetails campus, long memberId) {
        return campus.members().stream().filter(m -> m.id() == memberId).map(Member::name).findFirst()
                .orElse(String.valueOf(memberId));
    }
}
