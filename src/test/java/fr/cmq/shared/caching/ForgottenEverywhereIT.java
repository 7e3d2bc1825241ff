package fr.cmq.shared.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import fr.cmq.campus.CampusEvent;
import fr.cmq.shared.db.BesideThePool;
import fr.cmq.shared.test.CountedReads;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import fr.cmq.training.TrainingEvent;

/**
 * Several instances on one database forget their kept public answers together: a change committed on one is told to
 * the others through PostgreSQL's NOTIFY, and what another instance tells is heard here.
 */
@IntegrationTest
class ForgottenEverywhereIT {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionOperations transactions;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void whatAnotherInstanceTellsIsHeardHere() {
        var visitor = new WebSession(port);
        visitor.get("/campus/1");
        assertThat(CountedReads.of(() -> visitor.get("/campus/1")).connections()).as("kept").isZero();

        jdbc.sql("select pg_notify('cmq_public_reads', 'another-instance')").query().listOfRows();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> CountedReads.of(() -> visitor.get("/campus/1")).connections() > 0);
    }

    @Test
    void aChangeToOneCampusForgetsWhatMayShowItAndKeepsTheOtherCampusesPages() {
        var visitor = new WebSession(port);
        var paths = List.of("/campus/1", "/campus/2", "/campus", "/api/v1/campuses/2", "/formations");
        paths.forEach(visitor::get);
        assertThat(paths).allSatisfy(path -> assertThat(cost(visitor, path)).as("%s kept", path).isZero());

        transactions.executeWithoutResult(change -> events.publishEvent(new CampusEvent.ProfileChanged(1)));

        assertThat(cost(visitor, "/campus/2")).as("another campus's page").isZero();
        assertThat(cost(visitor, "/api/v1/campuses/2")).as("another campus's resource").isZero();
        assertThat(List.of("/campus/1", "/campus", "/formations"))
                .allSatisfy(path -> assertThat(cost(visitor, path)).as("%s read again", path).isPositive());

        jdbc.sql("select pg_notify('cmq_public_reads', 'another-instance campus:2')").query().listOfRows();
        await().atMost(Duration.ofSeconds(10)).until(() -> cost(visitor, "/campus/2") > 0);
        assertThat(cost(visitor, "/campus/1")).as("told of campus 2 only").isZero();
    }

    @Test
    void aChangeToTheFormationsOfACampusForgetsTheSearchesThatMayShowItAndKeepsTheOtherLists() {
        String region = regionOf(1);
        String elsewhere = jdbc.sql("select code from region where code <> :region order by code limit 1")
                .param("region", region).query(String.class).single();
        var visitor = new WebSession(port);
        var forgotten = List.of("/campus/1", "/formations", "/formations?region=" + region,
                "/api/v1/formations?region=" + region, "/formations?region=" + region + "&region=" + elsewhere);
        var kept = List.of("/campus/2", "/campus", "/evenements", "/formations?region=" + elsewhere, "/etablissements");
        forgotten.forEach(visitor::get);
        kept.forEach(visitor::get);

        transactions.executeWithoutResult(change -> events.publishEvent(new TrainingEvent.FormationChanged(1, 1)));

        assertThat(kept).allSatisfy(path -> assertThat(cost(visitor, path)).as("%s kept", path).isZero());
        assertThat(forgotten).allSatisfy(path -> assertThat(cost(visitor, path)).as("%s read again", path).isPositive());

        jdbc.sql("select pg_notify('cmq_public_reads', 'another-instance campus:2 formations@' || :elsewhere)")
                .param("elsewhere", elsewhere).query().listOfRows();
        await().atMost(Duration.ofSeconds(10)).until(() -> cost(visitor, "/formations?region=" + elsewhere) > 0);
        assertThat(cost(visitor, "/campus")).as("the directory, told of formations only").isZero();
    }

    private String regionOf(long campusId) {
        return jdbc.sql("select region_code from campus where id = :id").param("id", campusId).query(String.class)
                .single();
    }

    private static long cost(WebSession visitor, String path) {
        return CountedReads.of(() -> visitor.get(path)).connections();
    }

    @Test
    void aChangeCommittedHereIsToldToTheOthers() throws SQLException {
        try (var otherInstance = BesideThePool.connection(dataSource); var statement = otherInstance.createStatement()) {
            statement.execute("listen cmq_public_reads");
            transactions.executeWithoutResult(change -> events.publishEvent(new CampusEvent.ProfileChanged(1)));

            List<PGNotification> heard = new ArrayList<>();
            var notifications = otherInstance.unwrap(PGConnection.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                var received = notifications.getNotifications(200);
                if (received != null) {
                    heard.addAll(Arrays.asList(received));
                }
                return !heard.isEmpty();
            });
            assertThat(heard).extracting(PGNotification::getName).containsOnly("cmq_public_reads");
            assertThat(heard).extracting(PGNotification::getParameter).allSatisfy(notice -> assertThat(notice)
                    .as("this instance, the campus changed and the lists that show it")
                    .matches("[0-9a-f-]{36} campus:1 campuses formations events"));
        }
    }
}
