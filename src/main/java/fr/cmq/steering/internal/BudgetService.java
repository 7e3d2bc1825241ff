package fr.cmq.steering.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.Member;
import fr.cmq.campus.RegionalCommittees;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.Euros;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.Rows;
import fr.cmq.shared.signing.SignatureBook;
import fr.cmq.shared.signing.ToSign;
import fr.cmq.steering.Amendment;
import fr.cmq.steering.Budget;
import fr.cmq.steering.BudgetLine;
import fr.cmq.steering.BudgetStatus;
import fr.cmq.steering.BudgetTotals;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.EveryMemberContributes;
import fr.cmq.steering.FundingSource;
import fr.cmq.steering.LineDetails;
import fr.cmq.steering.LineDirection;

/** Keeps budgets: checks the user's right on the campus, then writes; the steps from draft to sign-off are the entity's. */
@Service
@Transactional
@RequiredArgsConstructor
class BudgetService implements CampusBudgets {

    private static final String AUDITED = "campus";
    private static final int MAX_TEXT = 2000;

    private final BudgetRepository budgets;
    private final ContributionRows contributionRows;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final BudgetSignatures signatures;
    private final SignatureBook signatureBook;
    private final RegionalCommittees committees;

    @Override
    @Transactional(readOnly = true)
    public Budget read(@Nullable CmqUser viewer, long campusId, int year) {
        var campus = campuses.get(campusId);
        guard.require(viewer, campus.scope(), CampusAction.READ_PRIVATE);
        BudgetEntity.checkYear(year);
        var names = campus.members().stream().collect(Collectors.toMap(Member::id, Member::name));
        var contributions = contributionRows.of(campusId, year, null, names);
        var stored = jdbc.sql("select id, status, version, submitted_at, submitted_by, validated_at, validated_by,"
                        + " established_at_meeting_id from campus_budget where campus_id = :campus and year = :year")
                .param("campus", campusId).param("year", year)
                .query((rs, n) -> new StoredBudget(rs.getLong("id"), BudgetStatus.valueOf(rs.getString("status")),
                        rs.getLong("version"), Rows.instant(rs, "submitted_at"), rs.getString("submitted_by"),
                        Rows.instant(rs, "validated_at"), rs.getString("validated_by"),
                        rs.getObject("established_at_meeting_id", Long.class)))
                .optional();
        List<BudgetLine> lines = stored.map(budget -> lines(budget.id())).orElse(List.of());
        List<Amendment> amendments = stored.map(budget -> amendments(budget.id())).orElse(List.of());
        var missing = EveryMemberContributes.membersWithout(campus.members(), year, contributions);
        return stored.map(budget -> new Budget(campusId, year, budget.status(), budget.version(), lines, contributions,
                        BudgetTotals.of(lines, contributions), missing, amendments, budget.submittedAt(),
                        budget.submittedBy(), budget.validatedAt(), budget.validatedBy(),
                        signatureBook.of("budget", campusId, year), budget.meetingId() == null ? null
                                : committees.meeting(budget.meetingId()).orElse(null)))
                .orElseGet(() -> new Budget(campusId, year, BudgetStatus.BROUILLON, 0, List.of(), contributions,
                        BudgetTotals.of(List.of(), contributions), missing, List.of(), null, null, null, null, List.of(),
                        null));
    }

    private record StoredBudget(long id, BudgetStatus status, long version, @Nullable Instant submittedAt,
            @Nullable String submittedBy, @Nullable Instant validatedAt, @Nullable String validatedBy,
            @Nullable Long meetingId) {
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
    public ToSign toValidate(CmqUser actor, long campusId, int year) {
        var campus = campuses.get(campusId);
        guard.require(actor, campus.scope(), CampusAction.SIGN_OFF);
        var read = read(actor, campusId, year);
        if (read.status() != BudgetStatus.SOUMIS) {
            throw new RuleViolationException("rule.budget.validate.not-submitted", String.valueOf(year));
        }
        return signatures.toSign(read, campus.name());
    }

    @Override
    public void validate(CmqUser actor, long campusId, int year, long version) {
        var budget = signedBudget(actor, campusId, year, version);
        var signed = read(actor, campusId, year);
        var now = clock.instant();
        budget.validate(actor.email(), now);
        budgets.saveAndFlush(budget);
        signatures.validated(signed, campuses.get(campusId).name(), actor, now);
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
        signatures.amended(campusId, year, why, clock.instant());
        jdbc.sql("insert into budget_amendment (budget_id, reason, opened_by) values (:budget, :reason, :by)")
                .param("budget", budget.getId()).param("reason", why).param("by", actor.email()).update();
        auditTrail.record("AVENANT_BUDGET", AUDITED, campusId, Map.of("annee", year, "motif", why));
    }

    /** The year's budget, made if nobody wrote it yet, once the user is known to keep it and to have read it last. */
    private BudgetEntity keptBudget(CmqUser actor, long campusId, int year, long version) {
        guard.require(actor, campuses.get(campusId).scope(), CampusAction.EDIT);
        return budget(campusId, year, version);
    }

    private BudgetEntity signedBudget(CmqUser actor, long campusId, int year, long version) {
        guard.require(actor, campuses.get(campusId).scope(), CampusAction.SIGN_OFF);
        return budget(campusId, year, version);
    }

    private BudgetEntity budget(long campusId, int year, long version) {
        BudgetEntity.checkYear(year);
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

    private static String reason(@Nullable String reason) {
        String why = PlainText.optional(reason, "reason", MAX_TEXT);
        if (why == null) {
            throw new InvalidFieldException("reason", "Dites pourquoi");
        }
        return why;
    }
}
