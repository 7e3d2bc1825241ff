package fr.cmq.campus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.Category;
import fr.cmq.campus.LabelDecided;
import fr.cmq.campus.NewCampuses;
import fr.cmq.shared.test.IntegrationTest;

/** A label decided reaches its campus once committed: its category and term, traced in the audit trail. */
@IntegrationTest
class LabelDecisionsIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampusRegistry registry;

    @Test
    void theCampusTakesTheLabelOfTheArrete(Scenario scenario) {
        long campus = new NewCampuses(registry).campus("label décidé");
        var start = LocalDate.of(2026, 9, 1);

        scenario.publish(new LabelDecided(campus, Category.CMQ, start, start.plusYears(5).minusDays(1),
                        "MENE2612345A", LocalDate.of(2026, 7, 1)))
                .andWaitForStateChange(() -> labelNor(campus), nor -> "MENE2612345A".equals(nor))
                .andVerify(nor -> {
                    assertThat(jdbc.sql("select label_end from campus where id = :id").param("id", campus)
                            .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2031, 8, 31));
                    assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'campus'"
                                    + " and entity_id = :id and action = 'LABEL'").param("id", String.valueOf(campus))
                            .query(Long.class).single()).isEqualTo(1);
                });
    }

    private String labelNor(long campus) {
        return jdbc.sql("select coalesce(label_nor, '') from campus where id = :id").param("id", campus)
                .query(String.class).single();
    }
}
