package fr.cmq.labelling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.Recipients;
import fr.cmq.identity.Role;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.mail.MailTemplates;
import fr.cmq.shared.mail.Postman;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Each morning, reminds the director and the pilots of a campus that its label ends: 12, 6 and 3 months before.
 * One instance runs it at a time (ShedLock); a reminder is sent once, its row of {@code label_reminder} written in
 * the transaction that sends it, so that a failed sending is tried again the next morning and a sent one never. A
 * reminder due late (the platform down, a label set close to its end) sends only the nearest one.
 */
@Component
class LabelReminders {

    static final List<Integer> MONTHS_BEFORE = List.of(3, 6, 12);
    private static final Logger LOG = LoggerFactory.getLogger(LabelReminders.class);
    private static final Set<Role> REMINDED = EnumSet.of(Role.DIRECTEUR_OPERATIONNEL, Role.PILOTE_ACADEMIQUE,
            Role.PILOTE_REGIONAL);

    private final JdbcClient jdbc;
    private final CampusDirectory campuses;
    private final Recipients recipients;
    private final MailTemplates templates;
    private final Postman postman;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LabelReminders(JdbcClient jdbc, CampusDirectory campuses, Recipients recipients, MailTemplates templates,
            Postman postman, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.campuses = campuses;
        this.recipients = recipients;
        this.templates = templates;
        this.postman = postman;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${cmq.jobs.label-reminders-cron:0 0 6 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "rappels-fin-de-label")
    public void remindEndingLabels() {
        var today = LocalDate.now(clock.withZone(FrenchDates.FRANCE));
        var ending = jdbc.sql("select id, name, label_end from campus where status = 'LABELLISE'"
                        + " and label_end >= :today and label_end <= :horizon order by label_end, id")
                .param("today", today).param("horizon", today.plusMonths(12))
                .query((rs, n) -> new Ending(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("label_end", LocalDate.class)))
                .list();
        for (Ending label : ending) {
            int months = MONTHS_BEFORE.stream().filter(m -> !today.isBefore(label.end().minusMonths(m))).findFirst()
                    .orElseThrow();
            try {
                transaction.executeWithoutResult(status -> remind(label, months, today));
            } catch (RuntimeException e) {
                LOG.warn("Rappel de fin de label du campus {} non envoyé, il sera réessayé demain : {}", label.id(),
                        e.getMessage());
            }
        }
    }

    private void remind(Ending label, int months, LocalDate today) {
        int recorded = jdbc.sql("insert into label_reminder (campus_id, label_end, months) values (:campus, :end, :months)"
                        + " on conflict do nothing")
                .param("campus", label.id()).param("end", label.end()).param("months", months).update();
        if (recorded == 0) {
            return;
        }
        var scope = campuses.scope(label.id()).orElseThrow();
        long daysLeft = ChronoUnit.DAYS.between(today, label.end());
        for (var person : recipients.holding(REMINDED, scope)) {
            postman.send(templates.write(person.email(), "label-ending", "mail.label.subject",
                    new Object[] { label.name(), FrenchDates.DAY.format(label.end()) },
                    Map.of("name", person.name(), "campus", label.name(), "campusId", label.id(),
                            "end", FrenchDates.DAY.format(label.end()), "daysLeft", daysLeft)));
        }
    }

    private record Ending(long id, String name, LocalDate end) {
    }
}
