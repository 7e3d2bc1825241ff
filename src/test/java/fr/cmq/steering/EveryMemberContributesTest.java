package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fr.cmq.campus.Member;
import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.OrganisationType;

class EveryMemberContributesTest {

    private static final Member LYCEE = member(1, "Lycée", LocalDate.of(2020, 9, 1), null);
    private static final Member CFA = member(2, "CFA", LocalDate.of(2021, 1, 1), null);
    private static final Member COMPANY = member(3, "Entreprise", LocalDate.of(2026, 3, 1), null);
    private static final Member GONE = member(4, "Parti en 2025", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30));
    private static final Member LATE = member(5, "Arrivé en 2027", LocalDate.of(2027, 2, 1), null);
    private static final Member LEFT_THIS_YEAR = member(6, "Parti en mai", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 5, 1));

    @Test
    void aMemberOfTheNetworkDuringTheYearThatMadeNothingIsNamed() {
        var network = List.of(LYCEE, CFA, COMPANY, GONE, LATE, LEFT_THIS_YEAR);
        var contributions = List.of(made(1, ContributionKind.FINANCIERE, "1000"));

        assertThat(EveryMemberContributes.membersWithout(network, 2026, contributions))
                .extracting(MemberRef::id).containsExactly(2L, 3L, 6L);
    }

    @Test
    void aPromiseIsNotAContribution() {
        var promised = new Contribution(9, 2, "CFA", ContributionKind.HUMAINE, new BigDecimal("500.00"), null, null, true,
                "do", Instant.EPOCH);

        assertThat(EveryMemberContributes.membersWithout(List.of(CFA), 2026, List.of(promised)))
                .extracting(MemberRef::id).containsExactly(2L);
        assertThat(EveryMemberContributes.membersWithout(List.of(CFA), 2026,
                List.of(promised, made(2, ContributionKind.MATERIELLE, "10")))).isEmpty();
    }

    @Test
    void totalsAddUpFromTheirLinesAndContributions() {
        var lines = List.of(
                line(1, LineDirection.RESSOURCE, FundingSource.REGION, null, "1000.10", "900.05"),
                line(2, LineDirection.RESSOURCE, FundingSource.REGION, null, "0.20", null),
                line(3, LineDirection.RESSOURCE, FundingSource.ERASMUS_PLUS, null, "500", "500"),
                line(4, LineDirection.DEPENSE, null, 7L, "300.33", "100"),
                line(5, LineDirection.DEPENSE, null, 7L, "0.67", null),
                line(6, LineDirection.DEPENSE, null, null, "700", "650.50"));
        var contributions = List.of(made(1, ContributionKind.FINANCIERE, "300"), made(2, ContributionKind.HUMAINE, "100"),
                new Contribution(3, 3, "E", ContributionKind.MATERIELLE, new BigDecimal("50"), null, null, true, "x",
                        Instant.EPOCH));

        var totals = BudgetTotals.of(lines, contributions);

        assertThat(totals.resourcesPlanned()).isEqualByComparingTo("1500.30");
        assertThat(totals.resourcesActual()).isEqualByComparingTo("1400.05");
        assertThat(totals.spendingPlanned()).isEqualByComparingTo("1001.00");
        assertThat(totals.spendingActual()).isEqualByComparingTo("750.50");
        assertThat(totals.balancePlanned()).isEqualByComparingTo("499.30");
        assertThat(totals.balanceActual()).isEqualByComparingTo("649.55");
        assertThat(totals.bySource()).extracting(BudgetTotals.SourceTotal::source)
                .containsExactly(FundingSource.REGION, FundingSource.ERASMUS_PLUS);
        assertThat(totals.bySource().stream().map(BudgetTotals.SourceTotal::planned).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(totals.resourcesPlanned());
        assertThat(totals.byAction().stream().map(BudgetTotals.ActionTotal::planned).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(totals.spendingPlanned());
        assertThat(totals.byActionId().get(7L).planned()).isEqualByComparingTo("301.00");
        assertThat(totals.contributionsMade()).isEqualByComparingTo("400");
        assertThat(totals.contributionsPlanned()).isEqualByComparingTo("50");
        assertThat(totals.byKind()).extracting(BudgetTotals.KindTotal::share).extracting(BigDecimal::toPlainString)
                .containsExactly("75.0", "0.0", "25.0");
    }

    @Test
    void anEmptyBudgetHasZeroTotalsAndNoShare() {
        var totals = BudgetTotals.of(List.of(), List.of());

        assertThat(totals.resourcesPlanned()).isEqualByComparingTo("0");
        assertThat(totals.byKind()).allSatisfy(kind -> assertThat(kind.share()).isEqualByComparingTo("0"));
    }

    private static Contribution made(long memberId, ContributionKind kind, String amount) {
        return new Contribution(memberId * 10, memberId, "m" + memberId, kind, new BigDecimal(amount), null, null, false,
                "do", Instant.EPOCH);
    }

    private static BudgetLine line(long id, LineDirection direction, @Nullable FundingSource source,
            @Nullable Long actionId, String planned, @Nullable String actual) {
        return new BudgetLine(id, direction, source, actionId, actionId == null ? null : "Action " + actionId, "l" + id,
                new BigDecimal(planned), actual == null ? null : new BigDecimal(actual));
    }

    private static Member member(long id, String name, LocalDate joined, @Nullable LocalDate left) {
        return new Member(id, OrganisationType.ENTREPRISE, NetworkRole.MEMBRE, name, null, null, false, null, null, null,
                joined, left, null, null, null, null, 0);
    }
}
