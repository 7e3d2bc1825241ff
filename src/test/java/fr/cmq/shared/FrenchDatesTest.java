package fr.cmq.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    @Test
    void anInstantIsShownInFrenchTimeWhateverTheServersZone() {
        var lateEvening = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(FrenchDates.day(lateEvening)).isEqualTo("01/01/2027");
        assertThat(FrenchDates.moment(lateEvening)).isEqualTo("01/01/2027 00:30");
        assertThat(FrenchDates.moment(Instant.parse("2026-07-14T08:00:00Z"))).isEqualTo("14/07/2026 10:00");
    }

    @Test
    void aDateOrALocalTimeIsShownAsItIs() {
        assertThat(FrenchDates.day(LocalDate.of(2026, 3, 9))).isEqualTo("09/03/2026");
        assertThat(FrenchDates.moment(LocalDateTime.of(2026, 3, 9, 14, 5))).isEqualTo("09/03/2026 14:05");
        assertThat(FrenchDates.time(LocalDateTime.of(2026, 3, 9, 14, 5))).isEqualTo("14:05");
        assertThat(FrenchDates.day(null)).isEmpty();
    }
}
