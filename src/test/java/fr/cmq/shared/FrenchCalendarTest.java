package fr.cmq.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FrenchCalendarTest {

    @Test
    void easterAndTheHolidaysThatFollowIt() {
        assertThat(FrenchCalendar.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchCalendar.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(FrenchCalendar.holiday(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
        assertThat(FrenchCalendar.holiday(LocalDate.of(2026, 5, 14))).as("Ascension").isTrue();
        assertThat(FrenchCalendar.holiday(LocalDate.of(2026, 5, 25))).as("Whit Monday").isTrue();
        assertThat(FrenchCalendar.holiday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(FrenchCalendar.holiday(LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void anEventIsPutOnWorkingDays() {
        assertThat(FrenchCalendar.firstWorkingDays(LocalDate.of(2026, 12, 25), 0)).as("Christmas, a Friday")
                .isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(FrenchCalendar.firstWorkingDays(LocalDate.of(2026, 12, 31), 1)).as("two days over New Year")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(FrenchCalendar.firstWorkingDays(LocalDate.of(2026, 12, 3), 14)).as("a mobility of two weeks")
                .isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(FrenchCalendar.firstWorkingDays(LocalDate.of(2026, 12, 3), 1)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(FrenchCalendar.lastWorkingDays(LocalDate.of(2026, 11, 29), 0)).as("a past Sunday, the Friday before")
                .isEqualTo(LocalDate.of(2026, 11, 27));
    }
}
