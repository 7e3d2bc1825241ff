package fr.cmq.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

/** A choice is read whatever its case, an empty one is none, and a value that names no constant is still refused. */
class EnumsInAnyCaseTest {

    private final EnumsInAnyCase.AnyCase anyCase = new EnumsInAnyCase.AnyCase();

    @Test
    void aChoiceIsReadWhateverItsCase() {
        var days = anyCase.getConverter(DayOfWeek.class);
        assertThat(days.convert("MONDAY")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(days.convert("monday")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(days.convert(" Friday ")).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(days.convert("")).isNull();
    }

    @Test
    void aValueThatNamesNoConstantIsRefused() {
        assertThatThrownBy(() -> anyCase.getConverter(DayOfWeek.class).convert("lundi"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
