package fr.cmq.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.AsyncConfigurer;

import fr.cmq.shared.test.IntegrationTest;

/** Listeners run after the commit on platform threads of their own, while requests are served on virtual threads. */
@IntegrationTest
class EventListenerThreadsIT {

    @Autowired
    AsyncConfigurer asyncConfigurer;

    @Test
    void asynchronousListenersRunOnTheBoundedPlatformPool() throws Exception {
        var thread = CompletableFuture.supplyAsync(Thread::currentThread, asyncConfigurer.getAsyncExecutor())
                .get(10, TimeUnit.SECONDS);

        assertThat(thread.isVirtual()).isFalse();
        assertThat(thread.getName()).startsWith(EventListenerThreads.NAME_PREFIX);
    }
}
