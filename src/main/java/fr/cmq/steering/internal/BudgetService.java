package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import fr.cmq.steering.Amendment;
import fr.cmq.steering.Budget;
import fr.cmq.steering.BudgetLine;
import fr.cmq.steering.BudgetStatus;
import fr.cmq.steering.BudgetTotals;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.Contribution;
import fr.cmq.steering.ContributionKind;
import fr.cmq.steering.EveryMemberContributes;
import fr.cmq.steering.FundingSource;
import fr.cmq.steering.LineDetails;
import fr.cmq.steering.LineDirection;
import fr.cmq.steering.MemberRef;
import fr.cmq.steering.NewContribution;
import fr.cmq.steering.SteeringEvent;

/** Keeps budgets: checks the user's right on the campus or the member, then writes; the sign-off is the entity's. */
@Service
@Transactional
class BudgetService implements CampusBudgets {

    private static final String AUDITED = "campus";
    private static final int MAX_TEXT = 2000;

    private final BudgetRepository budgets;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    BudgetService(BudgetRepository budgets, CampusDirectory campuses, Guard guard, AuditTrail auditTrail,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.budgets = budgets;
        this.campuses = campuses;
        this.guard = guard;
        this.auditTrail = auditTrail;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Budget read(@Nullable CmqUser viewer, long campusId, int year) {
        var campus = campus(campusId);
        guard.require(viewer, campus.scope(), CampusAction.READ_PRIVATE);
        checkYear(year);
        var names = campus.members().stream().collect(Collectors.toMap(Member::id, Member::name));
        var contributions = contributions(campusId, year, null, names);
        var stored = jdbc.sql("select id, status, version, submitted_at, submitted_by, validated_at, validated_by"
                        + " from campus_budget where campus_id = :campus and year = :year")
                .param("campus", campusId).param("year", year)
                .query((rs, n) -> new StoredBudget(rs.getLong("id"), BudgetStatus.valueOf(rs.getString("status")),
                        rs.getLong("version"), instant(rs, "submitted_at"), rs.getString("submitted_by"),
                        instant(rs, "validated_at"), rs.getString("validated_by")))
                .optional();
        List<BudgetLine> lines = stored.map(budget -> lines(budget.id())).orElse(List.of());
        List<Amendment> amendments = stored.map(budget -> amendments(budget.id())).orElse(List.of());
        var missing = EveryMemberContributes.membersWithout(campus.members(), year, contributions);
        return stored.map(budget -> new Budget(campusId, year, budget.status(), budget.version(), lines, contributions,
                        BudgetTotals.of(lines, contributions), missing, amendments, budget.submittedAt(),
                        budget.submittedBy(), budget.validatedAt(), budget.validatedBy()))
                .orElseGet(() -> new Budget(campusId, year, BudgetStatus.BROUILLON, 0, List.of(), contributions,
                        BudgetTotals.of(List.of(), contributions), missing, List.of(), null, null, null, null));
    }

    private record StoredBudget(long id, BudgetStatus status, long version, @Nullable Instant submittedAt,
            @Nullable String submittedBy, @Nullable Instant validatedAt, @Nullable String validatedBy) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributionsOf(CmqUser contact, long campusId, int year) {
        var campus = campus(campusId);
        checkYear(year);
        var own = campus.members().stream().filter(m -> guard.isContactOf(contact, campusId, m.id()))
                .collect(Collectors.toMap(Member::id, Member::name));
        if (own.isEmpty()) {
            return List.of();
        }
        return contributions(campusId, year, List.copyOf(own.keySet()), own);
    }

    @Override
    public long declare(CmqUser actor, long campusId, int year, NewContribution contribution) {
        var campus = campus(campusId);
        checkYear(year);
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
        String description = text(contribution.description(), "description");
        if (contribution.planned()) {
            plannedAmountsChange(actor, campusId, year);
        }
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
        events.publishEvent(new SteeringEvent.BudgetChanged(campusId, year));
        return id;
    }

    @Override
    public void withdraw(CmqUser actor, long campusId, int year, long contributionId) {
        var campus = campus(campusId);
        guard.require(actor, campus.scope(), CampusAction.CONTRIBUTE);
        var stored = jdbc.sql("select member_id, planned, amount from contribution"
                        + " where id = :id and campus_id = :campus and year = :year")
                .param("id", contributionId).param("campus", campusId).param("year", year)
                .query((rs, n) -> new StoredContribution(rs.getLong("member_id"), rs.getBoolean("planned"),
                        rs.getBigDecimal("amount")))
                .optional();
        if (stored.isEmpty()) {
            throw new NotFoundException("Contribution " + contributionId + " introuvable pour " + year);
        }
        long memberId = stored.get().memberId();
        guard.requireActsFor(actor, campus.scope(), memberId);
        if (stored.get().planned()) {
            plannedAmountsChange(actor, campusId, year);
        }
        jdbc.sql("delete from contribution where id = :id").param("id", contributionId).update();
        auditTrail.record("RETRAIT_CONTRIBUTION", AUDITED, campusId, Map.of("annee", year,
                "membre", nameOf(campus, memberId), "montant", stored.get().amount().toPlainString()));
        events.publishEvent(new SteeringEvent.BudgetChanged(campusId, year));
    }

    private record StoredContribution(long memberId, boolean planned, BigDecimal amount) {
    }

    /**
     * A planned contribution is part of the budget: it is refused once the budget is submitted, and moves the budget's
     * version, so that a submission made meanwhile meets a conflict instead of leaving it out.
     */
    private void plannedAmountsChange(CmqUser actor, long campusId, int year) {
        budgets.findByCampusIdAndYear(campusId, year).ifPresent(budget -> {
            budget.checkOpen();
            budget.changed(actor.email(), clock.instant());
            budgets.saveAndFlush(budget);
        });
    }

    @Override
    public long addLine(CmqUser actor, long campusId, int year, long version, LineDetails line) {
        var budget = keptBudget(actor, campusId, year, version);
        budget.checkOpen();
        var checked = check(campusId, line);
        long id = jdbc.sql("insert into budget_line (budget_id, direction, source, action_id, label, planned, actual)"
                        + " values (:budget, :direction, :source, :action, :label, :planned, :actual) returning id")
                .param("budget", budget.getId()).param("direction", checked.direction().name())
                .param("source", checked.source() == null ? null : checked.source().name())
                .param("action", checked.actionId()).param("label", checked.label())
                .param("planned", checked.planned()).param("actual", checked.actual())
                .query(Long.class).single();
        written(actor, budget, "AJOUT_LIGNE_BUDGET", year, checked);
        return id;
    }

    @Override
    public void updateLine(CmqUser actor, long campusId, int year, long lineId, long version, LineDetails line) {
        var budget = keptBudget(actor, campusId, year, version);
        var before = lines(budget.getId()).stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("Ligne " + lineId + " introuvable dans le budget " + year));
        var checked = check(campusId, line);
        boolean onlyActualChanges = before.direction() == checked.direction() && before.source() == checked.source()
                && Objects.equals(before.actionId(), checked.actionId())
                && before.label().equals(checked.label()) && before.planned().compareTo(checked.planned()) == 0;
        if (!onlyActualChanges) {
            budget.checkOpen();
        }
        jdbc.sql("update budget_line set direction = :direction, source = :source, action_id = :action, label = :label,"
                        + " planned = :planned, actual = :actual where id = :id")
                .param("direction", checked.direction().name())
                .param("source", checked.source() == null ? null : checked.source().name())
                .param("action", checked.actionId()).param("label", checked.label())
                .param("planned", checked.planned()).param("actual", checked.actual()).param("id", lineId).update();
        written(actor, budget, "MODIFICATION_LIGNE_BUDGET", year, checked);
    }

    @Override
    public void removeLine(CmqUser actor, long campusId, int year, long lineId, long version) {
        var budget = keptBudget(actor, campusId, year, version);
        budget.checkOpen();
        var removed = lines(budget.getId()).stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("Ligne " + lineId + " introuvable dans le budget " + year));
        jdbc.sql("delete from budget_line where id = :id").param("id", lineId).update();
        written(actor, budget, "SUPPRESSION_LIGNE_BUDGET", year, new LineDetails(removed.direction(), removed.source(),
                removed.actionId(), removed.label(), removed.planned(), removed.actual()));
    }

    @Override
    public void submit(CmqUser actor, long campusId, int year, long version) {
        var budget = keptBudget(actor, campusId, year, version);
        int lineCount = jdbc.sql("select count(*) from budget_line where budget_id = :id").param("id", budget.getId())
                .query(Integer.class).single();
        budget.submit(actor.email(), clock.instant(), lineCount);
        budgets.saveAndFlush(budget);
        auditTrail.record("SOUMISSION_BUDGET", AUDITED, campusId, Map.of("annee", year));
    }

    @Override
    public void validate(CmqUser actor, long campusId, int year, long version) {
        var budget = signedBudget(actor, campusId, year, version);
        budget.validate(actor.email(), clock.instant());
        budgets.saveAndFlush(budget);
        auditTrail.record("VALIDATION_BUDGET", AUDITED, campusId, Map.of("annee", year));
    }

    @Override
    public void sendBack(CmqUser actor, long campusId, int year, long version, String reason) {
        var budget = signedBudget(actor, campusId, year, version);
        String why = reason(reason);
        budget.sendBack(actor.email(), clock.instant());
        budgets.saveAndFlush(budget);
        auditTrail.record("RENVOI_BUDGET", AUDITED, campusId, Map.of("annee", year, "motif", why));
    }

    @Override
    public void amend(CmqUser actor, long campusId, int year, long version, String reason) {
        var budget = keptBudget(actor, campusId, year, version);
        String why = reason(reason);
        budget.amend(actor.email(), clock.instant(), why);
        budgets.saveAndFlush(budget);
        jdbc.sql("insert into budget_amendment (budget_id, reason, opened_by) values (:budget, :reason, :by)")
                .param("budget", budget.getId()).param("reason", why).param("by", actor.email()).update();
        auditTrail.record("AVENANT_BUDGET", AUDITED, campusId, Map.of("annee", year, "motif", why));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberRef> declarableBy(@Nullable CmqUser user, long campusId) {
        return campuses.find(campusId).map(campus -> declarableBy(user, campus)).orElse(List.of());
    }

    private List<MemberRef> declarableBy(@Nullable CmqUser user, CampusDetails campus) {
        boolean team = guard.may(user, CampusAction.EDIT, campus.scope());
        return campus.activeMembers().stream()
                .filter(member -> team || guard.isContactOf(user, campus.id(), member.id()))
                .map(member -> new MemberRef(member.id(), member.name())).toList();
    }


    /** The year's budget, made if nobody wrote it yet, once the user is known to keep it and to have read it last. */
    private BudgetEntity keptBudget(CmqUser actor, long campusId, int year, long version) {
        guard.require(actor, campus(campusId).scope(), CampusAction.EDIT);
        return budget(campusId, year, version);
    }

    private BudgetEntity signedBudget(CmqUser actor, long campusId, int year, long version) {
        guard.require(actor, campus(campusId).scope(), CampusAction.SIGN_OFF);
        return budget(campusId, year, version);
    }

    private BudgetEntity budget(long campusId, int year, long version) {
        checkYear(year);
        jdbc.sql("insert into campus_budget (campus_id, year) values (:campus, :year) on conflict do nothing")
                .param("campus", campusId).param("year", year).update();
        var budget = budgets.findByCampusIdAndYear(campusId, year).orElseThrow();
        if (budget.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(BudgetEntity.class, budget.getId());
        }
        return budget;
    }

    private void written(CmqUser actor, BudgetEntity budget, String action, int year, LineDetails line) {
        budget.changed(actor.email(), clock.instant());
        budgets.saveAndFlush(budget);
        auditTrail.record(action, AUDITED, budget.campusId(), Map.of("annee", year,
                "ligne", line.label() == null ? "" : line.label(), "prevu", line.planned().toPlainString()));
    }

    /** The line made whole: a resource names its source, a spending its action of this campus, or none. */
    private LineDetails check(long campusId, LineDetails line) {
        FundingSource source = line.direction() == LineDirection.RESSOURCE ? line.source() : null;
        if (line.direction() == LineDirection.RESSOURCE && source == null) {
            throw new InvalidFieldException("source", "Une ressource vient d’une source de financement");
        }
        Long actionId = line.direction() == LineDirection.DEPENSE ? line.actionId() : null;
        String actionTitle = null;
        if (actionId != null) {
            actionTitle = jdbc.sql("select title from campus_action where id = :id and campus_id = :campus")
                    .param("id", actionId).param("campus", campusId).query(String.class).optional()
                    .orElseThrow(() -> new InvalidFieldException("actionId", "Cette action n’est pas du plan du campus"));
        }
        String label = PlainText.blankToNull(line.label());
        if (label == null) {
            label = actionTitle != null ? actionTitle : source != null ? SOURCE_LABELS.get(source) : null;
        }
        if (label == null) {
            throw new InvalidFieldException("label", "Dites sur quoi porte la dépense");
        }
        if (label.length() > 200) {
            throw new InvalidFieldException("label", "200 caractères au plus");
        }
        return new LineDetails(line.direction(), source, actionId, label, Euros.check(line.planned(), "planned"),
                line.actual() == null ? null : Euros.check(line.actual(), "actual"));
    }

    private static final Map<FundingSource, String> SOURCE_LABELS = Map.of(
            FundingSource.REGION, "Région", FundingSource.ETAT, "État", FundingSource.FRANCE_2030, "France 2030",
            FundingSource.ERASMUS_PLUS, "Erasmus+", FundingSource.ENTREPRISES, "Entreprises",
            FundingSource.TAXE_APPRENTISSAGE, "Taxe d’apprentissage",
            FundingSource.FONDS_PROPRES_MEMBRES, "Fonds propres des membres", FundingSource.AUTRES, "Autres");

    private List<BudgetLine> lines(long budgetId) {
        return jdbc.sql("select l.id, l.direction, l.source, l.action_id, a.title as action_title, l.label, l.planned,"
                        + " l.actual from budget_line l left join campus_action a on a.id = l.action_id"
                        + " where l.budget_id = :budget order by l.direction desc, l.id")
                .param("budget", budgetId)
                .query((rs, n) -> new BudgetLine(rs.getLong("id"), LineDirection.valueOf(rs.getString("direction")),
                        rs.getString("source") == null ? null : FundingSource.valueOf(rs.getString("source")),
                        rs.getObject("action_id", Long.class), rs.getString("action_title"), rs.getString("label"),
                        rs.getBigDecimal("planned"), rs.getBigDecimal("actual")))
                .list();
    }

    private List<Amendment> amendments(long budgetId) {
        return jdbc.sql("select reason, opened_by, opened_at from budget_amendment where budget_id = :budget"
                        + " order by opened_at, id")
                .param("budget", budgetId)
                .query((rs, n) -> new Amendment(rs.getString("reason"), rs.getString("opened_by"),
                        rs.getTimestamp("opened_at").toInstant()))
                .list();
    }

    private List<Contribution> contributions(long campusId, int year, @Nullable List<Long> memberIds,
            Map<Long, String> names) {
        String where = memberIds == null ? "" : " and member_id in (:members)";
        var statement = jdbc.sql("select id, member_id, kind, amount, hours, description, planned, declared_by,"
                        + " declared_at from contribution where campus_id = :campus and year = :year" + where
                        + " order by declared_at, id")
                .param("campus", campusId).param("year", year);
        if (memberIds != null) {
            statement = statement.param("members", memberIds);
        }
        return statement.query((rs, n) -> new Contribution(rs.getLong("id"), rs.getLong("member_id"),
                        names.getOrDefault(rs.getLong("member_id"), "Membre " + rs.getLong("member_id")),
                        ContributionKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"),
                        rs.getBigDecimal("hours"), rs.getString("description"), rs.getBoolean("planned"),
                        rs.getString("declared_by"), rs.getTimestamp("declared_at").toInstant()))
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private CampusDetails campus(long campusId) {
        return campuses.find(campusId).orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
    }

    private static String nameOf(CampusDetails campus, long memberId) {
        return campus.members().stream().filter(m -> m.id() == memberId).map(Member::name).findFirst()
                .orElse(String.valueOf(memberId));
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("Pas de budget pour " + year + " : les années vont de 2000 à 2100");
        }
    }

    private static @Nullable String text(@Nullable String value, String field) {
        String text = PlainText.blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidFieldException(field, MAX_TEXT + " caractères au plus");
        }
        return text;
    }

    private static String reason(@Nullable String reason) {
        String why = text(reason, "reason");
        if (why == null) {
            throw new InvalidFieldException("reason", "Dites pourquoi");
        }
        return why;
    }
}
