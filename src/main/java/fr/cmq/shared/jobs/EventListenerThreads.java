package fr.cmq.shared.jobs;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Listeners of events between modules run after the commit on a few platform threads, not on the virtual threads that
 * serve requests. At startup many of them run at once and load classes from the packaged jar; a virtual thread waiting
 * for a class keeps its carrier, and a handful of them could hold every carrier while the thread reading the jar waits
 * for one. A bounded pool of platform threads cannot starve that way; the events queue, none is lost (the publication
 * registry keeps each until its listener has run).
 */
@Configuration(proxyBeanMethods = false)
class EventListenerThreads implements AsyncConfigurer, DisposableBean {

    static final String NAME_PREFIX = "evenements-";

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    EventListenerThreads() {
        executor.setCorePoolSize(4);
        executor.setAllowCoreThreadTimeOut(true);
        executor.setThreadNamePrefix(NAME_PREFIX);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
