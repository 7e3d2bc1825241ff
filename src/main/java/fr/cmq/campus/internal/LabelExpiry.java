package fr.cmq.campus.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusEvent;
import fr.cmq.identity.AuditTrail;
import fr.cmq.shared.FrenchDates;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * A label ends on its last day: the next morning its campus turns {@code EXPIRE}, unless a new arrêté has labelled it
 * again. Run by one instance at a time; a day missed is caught up the next.
 */
@Component
@RequiredArgsConstructor
class LabelExpiry {

    private final CampusRepository campuses;
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Scheduled(cron = "${cmq.jobs.label-expiry-cron:0 5 0 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "expiration-des-labels")
    @Transactional
    public void expireEndedLabels() {
        var today = LocalDate.now(clock.withZone(FrenchDates.FRANCE));
        var ended = jdbc.sql("select id from campus where status in ('LABELLISE', 'EN_RENOUVELLEMENT')"
                        + " and label_end < :today order by id")
                .param("today", today).query(Long.class).list();
        for (var campus : campuses.findAllById(ended)) {
            campus.labelExpired();
            auditTrail.record("EXPIRATION_LABEL", "campus", campus.getId(), Map.of("fin",
                    String.valueOf(campus.getLabelEnd())));
            events.publishEvent(new CampusEvent.ProfileChanged(campus.getId()));
        }
        campuses.flush();
    }
}
