package fr.cmq.steering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.cmq.steering.Measure;

class SparklineTest {

    @Test
    void theLowestMeasureSitsAtTheBottomAndTheHighestAtTheTopAcrossTheWholeWidth() {
        assertThat(Sparkline.points(measures(10, 30, 20))).isEqualTo("0.0,30.0 60.0,2.0 120.0,16.0");
    }

    @Test
    void equalMeasuresDrawAFlatLineInTheMiddle() {
        assertThat(Sparkline.points(measures(5, 5))).isEqualTo("0.0,16.0 120.0,16.0");
    }

    private static List<Measure> measures(int... values) {
        return IntStream.range(0, values.length).mapToObj(i -> new Measure(LocalDate.of(2026, 1, 1).plusMonths(i),
                BigDecimal.valueOf(values[i]), null, null)).toList();
    }
}
