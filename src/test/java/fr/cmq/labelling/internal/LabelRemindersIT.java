package fr.cmq.labelling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import fr.cmq.CmqApplication;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.TestMailServer;

/**
 * Two instances of the platform on one database, their morning job started at the same moment, twice: each label's
 * reminder goes out once, to each of its people once.
 */
@IntegrationTest
class LabelRemindersIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    LabelReminders reminders;

    @Test
    void twoInstancesSendEachReminderExactlyOnce() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/Paris"));
        labelEndingOn(1, today.plusMonths(2));
        labelEndingOn(2, today.plusMonths(5));
        labelEndingOn(3, today.plusMonths(11));
        labelEndingOn(4, today.plusMonths(13));
        TestMailServer.forget();

        try (var second = secondInstance()) {
            var other = second.getBean(LabelReminders.class);
            for (int round = 0; round < 2; round++) {
                var start = new CountDownLatch(1);
                Callable<Void> here = () -> { start.await(); reminders.remindEndingLabels(); return null; };
                Callable<Void> there = () -> { start.await(); other.remindEndingLabels(); return null; };
                try (var pool = Executors.newFixedThreadPool(2)) {
                    var both = List.of(pool.submit(here), pool.submit(there));
                    start.countDown();
                    for (var run : both) {
                        run.get();
                    }
                }
            }
        }

        assertThat(jdbc.sql("select campus_id || ':' || months from label_reminder where campus_id <= 4 order by campus_id")
                .query(String.class).list()).containsExactly("1:3", "2:6", "3:12");
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'rappels-fin-de-label'").query(Integer.class)
                .single()).as("the job took its lock").isEqualTo(1);
        var received = TestMailServer.received();
        assertThat(received).isNotEmpty();
        assertThat(received.stream().collect(Collectors.groupingBy(mail -> mail.to() + " " + mail.subject(),
                Collectors.counting()))).allSatisfy((who, times) -> assertThat(times).as(who).isEqualTo(1));
        assertThat(TestMailServer.receivedBy(DemoAccount.DIRECTEUR.email)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Le label du campus Énergie et maintenance prend fin le "
                    + "%02d/%02d/%d".formatted(today.plusMonths(2).getDayOfMonth(), today.plusMonths(2).getMonthValue(),
                            today.plusMonths(2).getYear()));
            assertThat(mail.body()).contains("/campus/1/dossiers/nouveau");
        });
    }

    private void labelEndingOn(long campus, LocalDate end) {
        jdbc.sql("update campus set status = 'LABELLISE', label_start = :start, label_end = :end where id = :id")
                .param("start", end.minusYears(5).plusDays(1)).param("end", end).param("id", campus).update();
    }

    /** The same platform, started again on the database of the one under test. */
    private org.springframework.context.ConfigurableApplicationContext secondInstance() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class);
        return new SpringApplicationBuilder(CmqApplication.class)
                .profiles("test")
                .initializers(new TestMailServer())
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", pool.getJdbcUrl(),
                        "spring.datasource.username", pool.getUsername(),
                        "spring.datasource.password", pool.getPassword(),
                        "cmq.demo.enabled", "false",
                        "spring.modulith.events.republish-outstanding-events-on-restart", "false"))
                .run();
    }
}
