package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** People, things and euros add up across campuses; rates, shares and averages are averaged. */
class AggregationTest {

    @ParameterizedTest
    @ValueSource(strings = { "apprentis", "élèves", "mobilités", "€", "k€", "heures", "entreprises", "jeunes" })
    void countsAndAmountsAreSummed(String unit) {
        assertThat(Aggregation.of(unit)).isEqualTo(Aggregation.SUM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "%", " % ", "taux", "Taux de réussite", "part", "part des femmes", "moyenne",
            "€/apprenti", "note sur 20", "indice", "ratio", "score" })
    void ratesSharesAndAveragesAreAveraged(String unit) {
        assertThat(Aggregation.of(unit)).isEqualTo(Aggregation.AVERAGE);
    }
}
