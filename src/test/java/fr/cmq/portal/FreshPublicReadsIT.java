package fr.cmq.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

import fr.cmq.campus.CampusEvent;
import fr.cmq.shared.caching.PublicResponseCache;
import fr.cmq.shared.importing.ImportApplied;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.steering.SteeringEvent;
import fr.cmq.training.TrainingEvent;

/**
 * The pattern of a listener between modules: an event published in a transaction is recorded in the publication
 * registry with that transaction, reaches the listener once it commits, and its publication is then deleted.
 */
@IntegrationTest
class FreshPublicReadsIT {

    @Autowired
    PublicResponseCache cache;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeToACampusForgetsThePublicAnswersOnceCommitted(Scenario scenario) {
        long before = cache.generation();
        BiConsumer<TransactionOperations, ApplicationEventPublisher> changeInATransaction = (transactions, events) ->
                transactions.executeWithoutResult(transaction -> {
                    events.publishEvent(new CampusEvent.ProfileChanged(1));
                    assertThat(pendingPublications()).as("recorded with the transaction").isEqualTo(1);
                    assertThat(cache.generation()).as("nothing forgotten before the commit").isEqualTo(before);
                });
        scenario.stimulate(changeInATransaction)
                .andWaitForStateChange(cache::generation, generation -> generation > before)
                .andVerify(generation -> assertThat(pendingPublications()).isZero());
    }

    @Test
    void anImportForgetsThemToo(Scenario scenario) {
        long before = cache.generation();
        scenario.publish(new ImportApplied(1, "annuaire", 3, 0))
                .andWaitForStateChange(cache::generation, generation -> generation > before)
                .andVerify(generation -> assertThat(pendingPublications()).isZero());
    }

    /** Every change the public pages show, one listener each: published, it forgets the kept answers. */
    @ParameterizedTest
    @MethodSource("changesVisitorsSee")
    void eachChangeVisitorsSeeForgetsThem(Object change, Scenario scenario) {
        long before = cache.generation();
        scenario.publish(change)
                .andWaitForStateChange(cache::generation, generation -> generation > before)
                .andVerify(generation -> assertThat(pendingPublications()).isZero());
    }

    static Stream<Object> changesVisitorsSee() {
        return Stream.of(new TrainingEvent.FormationChanged(1, 1), new SteeringEvent.PlanChanged(1),
                new SteeringEvent.AgendaChanged(1), new SteeringEvent.IndicatorsChanged(1));
    }

    /** The publications of this module's listener (other modules listen to the same events, each its own). */
    private long pendingPublications() {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%FreshPublicReads%'")
                .query(Long.class).single();
    }
}
