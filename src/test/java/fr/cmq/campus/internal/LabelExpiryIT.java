package fr.cmq.campus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.IntegrationTest;

/** A label ends on its last day; the campus turns EXPIRE the day after, and its history says why. */
@IntegrationTest
class LabelExpiryIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LabelExpiry expiry;

    @Test
    void aCampusWhoseLabelEndedYesterdayExpires() {
        var today = LocalDate.now(ZoneId.of("Europe/Paris"));
        labelEndingOn(1, today.minusDays(1));
        labelEndingOn(2, today);

        expiry.expireEndedLabels();

        assertThat(status(1)).isEqualTo("EXPIRE");
        assertThat(status(2)).as("its last day").isEqualTo("LABELLISE");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPIRATION_LABEL' and entity_id = '1'")
                .query(Integer.class).single()).isEqualTo(1);
        expiry.expireEndedLabels();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPIRATION_LABEL' and entity_id = '1'")
                .query(Integer.class).single()).as("once").isEqualTo(1);
    }

    private String status(long campus) {
        return jdbc.sql("select status from campus where id = :id").param("id", campus).query(String.class).single();
    }

    private void labelEndingOn(long campus, LocalDate end) {
        jdbc.sql("update campus set status = 'LABELLISE', label_start = :start, label_end = :end where id = :id")
                .param("start", end.minusYears(5).plusDays(1)).param("end", end).param("id", campus).update();
    }
}
