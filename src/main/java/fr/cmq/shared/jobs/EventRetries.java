package fr.cmq.shared.jobs;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * An event whose listener failed (an e-mail server down, a lock) stays in the publication registry, marked failed; it
 * is handed to its listener again here, by one instance, not only when the platform restarts. So is an event whose
 * instance stopped dead while handling it (or before): the registry marks it failed once it has waited too long
 * ({@code spring.modulith.events.staleness.*}). An event another instance is still handling is never taken from it.
 */
@Component
class EventRetries {

    private final FailedEventPublications failed;
    private final ResubmissionOptions options;

    EventRetries(FailedEventPublications failed, @Value("${cmq.jobs.event-retry-after:PT5M}") Duration givenTime) {
        this.failed = failed;
        this.options = ResubmissionOptions.defaults().withMinAge(givenTime);
    }

    @Scheduled(fixedDelayString = "${cmq.jobs.event-retry-delay:PT10M}", initialDelayString = "${cmq.jobs.event-retry-delay:PT10M}")
    @SchedulerLock(name = "reprise-evenements")
    void resubmitFailed() {
        failed.resubmit(options);
    }
}
