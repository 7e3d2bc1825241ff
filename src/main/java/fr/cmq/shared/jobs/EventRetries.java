package fr.cmq.shared.jobs;

import java.time.Duration;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * An event whose listener failed (an e-mail server down, a lock) stays in the publication registry; it is handed to
 * its listener again here, not only when the platform restarts.
 */
@Component
@RequiredArgsConstructor
class EventRetries {

    private static final Duration GIVEN_TIME = Duration.ofMinutes(5);

    private final IncompleteEventPublications incomplete;

    @Scheduled(fixedDelayString = "${cmq.jobs.event-retry-delay:PT10M}", initialDelayString = "${cmq.jobs.event-retry-delay:PT10M}")
    @SchedulerLock(name = "reprise-evenements")
    void resubmitFailed() {
        incomplete.resubmitIncompletePublicationsOlderThan(GIVEN_TIME);
    }
}
