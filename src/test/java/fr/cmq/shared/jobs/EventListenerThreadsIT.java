package fr.cmq.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.StepDetails;
import fr.cmq.labelling.Transition;
import fr.cmq.shared.test.IntegrationTest;

/** Listeners run after the commit on platform threads of their own, while requests are served on virtual threads. */
@IntegrationTest
class EventListenerThreadsIT {

    @Autowired
    AsyncConfigurer asyncConfigurer;
    @Autowired
    DossierWorkflow workflow;
    @Autowired
    JdbcClient jdbc;

    @Test
    void asynchronousListenersRunOnTheBoundedPlatformPool() throws Exception {
        var thread = CompletableFuture.supplyAsync(Thread::currentThread, asyncConfigurer.getAsyncExecutor())
                .get(10, TimeUnit.SECONDS);

        assertThat(thread.isVirtual()).isFalse();
        assertThat(thread.getName()).startsWith(EventListenerThreads.NAME_PREFIX);
    }

    @Test
    void theDossiersMailsAreWrittenOnThatPoolOnceTheStepIsCommitted() throws Exception {
        var pool = ((ThreadPoolTaskExecutor) asyncConfigurer.getAsyncExecutor()).getThreadPoolExecutor();
        // a draft of a campus whose team has accounts: its withdrawal is written to them
        long dossier = jdbc.sql("select min(d.id) from dossier d where d.state in ('BROUILLON', 'RENVOYE') and exists"
                + " (select 1 from role_assignment r where r.campus_id = d.campus_id)").query(Long.class).single();
        long before = pool.getCompletedTaskCount();

        workflow.fire(CmqUser.demonstration(), dossier, Transition.WITHDRAW,
                StepDetails.because("Le campus présentera son dossier à la prochaine campagne"));

        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // the task is counted once the listener has returned, a moment after its e-mails are recorded
        while ((notified(dossier) == 0 || pool.getCompletedTaskCount() == before) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(notified(dossier)).as("e-mails du retrait écrits par DossierMails").isPositive();
        assertThat(pool.getCompletedTaskCount()).as("tâches achevées sur le pool des événements").isGreaterThan(before);
    }

    private long notified(long dossier) {
        return jdbc.sql("select count(*) from dossier_notification where dossier_id = :id and occasion like 'WITHDRAW@%'")
                .param("id", dossier).query(Long.class).single();
    }
}
