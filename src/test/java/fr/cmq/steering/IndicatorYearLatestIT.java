package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.IntegrationTest;

/**
 * The latest measure of each year that the dashboards read (V49) follows every write to the measures — one row, many
 * rows at once, a correction that moves a measure to another year, a removal — and always equals the measures read
 * the long way.
 */
@IntegrationTest
class IndicatorYearLatestIT {

    private static final String KEPT = "select campus_id || '/' || code || '/' || year || '=' || measured_on || ':' || value"
            + " from indicator_year_latest order by 1";
    private static final String RECOMPUTED = "select campus_id || '/' || code || '/' || year || '=' || measured_on || ':'"
            + " || value from (select distinct on (campus_id, code, extract(year from measured_on)) campus_id, code,"
            + " extract(year from measured_on)::int as year, measured_on, value from indicator_measure"
            + " order by campus_id, code, extract(year from measured_on), measured_on desc) l order by 1";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLatestMeasureOfEachYearFollowsEveryWrite() {
        int year = LocalDate.now().getYear();
        assertThat(rows(KEPT)).as("as the demonstration left them").isEqualTo(rows(RECOMPUTED));
        try {
            jdbc.sql("insert into indicator_measure (campus_id, code, measured_on, value, recorded_by) values"
                    + " (3, 'APPRENTIS', make_date(:year, 3, 1), 10, 'latest'), (3, 'APPRENTIS', make_date(:year, 6, 1), 20,"
                    + " 'latest'), (3, 'APPRENTIS', make_date(:year - 1, 6, 1), 5, 'latest')").param("year", year).update();
            assertThat(latest(year)).isEqualTo("20.00");
            jdbc.sql("update indicator_measure set measured_on = make_date(:year - 1, 12, 1) where campus_id = 3"
                    + " and code = 'APPRENTIS' and measured_on = make_date(:year, 6, 1)").param("year", year).update();
            assertThat(latest(year)).as("the later one moved to the year before").isEqualTo("10.00");
            assertThat(latest(year - 1)).isEqualTo("20.00");
            jdbc.sql("delete from indicator_measure where recorded_by = 'latest' and value = 10").update();
            assertThat(rows("select value::text from indicator_year_latest where campus_id = 3 and code = 'APPRENTIS'"
                    + " and year = :year")).as("no measure left in the year").isEmpty();
            assertThat(rows(KEPT)).isEqualTo(rows(RECOMPUTED));
        } finally {
            jdbc.sql("delete from indicator_measure where recorded_by = 'latest'").update();
        }
        assertThat(rows(KEPT)).isEqualTo(rows(RECOMPUTED));
    }

    private String latest(int year) {
        return jdbc.sql("select value::text from indicator_year_latest where campus_id = 3 and code = 'APPRENTIS'"
                + " and year = :year").param("year", year).query(String.class).single();
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).param("year", LocalDate.now().getYear()).query(String.class).list();
    }
}
