package fr.cmq.steering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The sums of a year's budget, each made of the figures below it: resources by funding source, spending by action,
 * contributions by kind (planned and made, with each kind's share of what was made).
 */
public record BudgetTotals(
        BigDecimal resourcesPlanned,
        BigDecimal resourcesActual,
        BigDecimal spendingPlanned,
        BigDecimal spendingActual,
        BigDecimal balancePlanned,
        BigDecimal balanceActual,
        List<SourceTotal> bySource,
        List<ActionTotal> byAction,
        BigDecimal contributionsPlanned,
        BigDecimal contributionsMade,
        BigDecimal hoursMade,
        List<KindTotal> byKind) {

    public record SourceTotal(FundingSource source, BigDecimal planned, BigDecimal actual) {
    }

    /** Spending on one action, or on none ({@code actionId} null: the campus's running). */
    public record ActionTotal(@Nullable Long actionId, @Nullable String actionTitle, BigDecimal planned,
            BigDecimal actual) {
    }

    /** {@code share}: the percentage of the contributions made that are of this kind, one decimal. */
    public record KindTotal(ContributionKind kind, BigDecimal planned, BigDecimal made, BigDecimal share) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static BudgetTotals of(List<BudgetLine> lines, List<Contribution> contributions) {
        var resources = lines.stream().filter(line -> line.direction() == LineDirection.RESSOURCE).toList();
        var spending = lines.stream().filter(line -> line.direction() == LineDirection.DEPENSE).toList();

        var bySource = new EnumMap<FundingSource, BigDecimal[]>(FundingSource.class);
        for (BudgetLine line : resources) {
            add(bySource.computeIfAbsent(Objects.requireNonNull(line.source()), source -> zeros()), line);
        }
        var byAction = new LinkedHashMap<@Nullable Long, BigDecimal[]>();
        var titles = new LinkedHashMap<@Nullable Long, @Nullable String>();
        for (BudgetLine line : spending) {
            add(byAction.computeIfAbsent(line.actionId(), action -> zeros()), line);
            titles.putIfAbsent(line.actionId(), line.actionTitle());
        }
        var actionTotals = new ArrayList<ActionTotal>();
        byAction.forEach((action, sums) -> actionTotals.add(new ActionTotal(action, titles.get(action), sums[0], sums[1])));

        BigDecimal made = sum(contributions, contribution -> !contribution.planned());
        var byKind = new ArrayList<KindTotal>();
        for (ContributionKind kind : ContributionKind.values()) {
            BigDecimal kindMade = sum(contributions, c -> c.kind() == kind && !c.planned());
            BigDecimal share = made.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                    : kindMade.multiply(HUNDRED).divide(made, 1, RoundingMode.HALF_UP);
            byKind.add(new KindTotal(kind, sum(contributions, c -> c.kind() == kind && c.planned()), kindMade, share));
        }
        BigDecimal hours = contributions.stream().filter(c -> !c.planned() && c.hours() != null)
                .map(Contribution::hours).map(Objects::requireNonNull).reduce(BigDecimal.ZERO, BigDecimal::add);

        BigDecimal resourcesPlanned = planned(resources);
        BigDecimal resourcesActual = actual(resources);
        BigDecimal spendingPlanned = planned(spending);
        BigDecimal spendingActual = actual(spending);
        return new BudgetTotals(resourcesPlanned, resourcesActual, spendingPlanned, spendingActual,
                resourcesPlanned.subtract(spendingPlanned), resourcesActual.subtract(spendingActual),
                bySource.entrySet().stream().map(e -> new SourceTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                List.copyOf(actionTotals), sum(contributions, Contribution::planned), made, hours, List.copyOf(byKind));
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] { ZERO, ZERO };
    }

    private static void add(BigDecimal[] sums, BudgetLine line) {
        sums[0] = sums[0].add(line.planned());
        if (line.actual() != null) {
            sums[1] = sums[1].add(line.actual());
        }
    }

    private static BigDecimal planned(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::planned).reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal actual(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::actual).filter(Objects::nonNull).reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<Contribution> contributions, Predicate<Contribution> which) {
        return contributions.stream().filter(which).map(Contribution::amount).reduce(ZERO, BigDecimal::add);
    }

    /** The spending of each action, for the lines of the plan. */
    public Map<@Nullable Long, ActionTotal> byActionId() {
        var map = new LinkedHashMap<@Nullable Long, ActionTotal>();
        byAction.forEach(total -> map.put(total.actionId(), total));
        return map;
    }
}
