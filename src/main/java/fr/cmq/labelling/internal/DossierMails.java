package fr.cmq.labelling.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.Recipient;
import fr.cmq.identity.Recipients;
import fr.cmq.identity.Role;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.LabellingEvent.DossierMoved;
import fr.cmq.labelling.LabellingEvent.ExpertsReminded;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.mail.Mail;
import fr.cmq.shared.mail.MailTemplates;
import fr.cmq.shared.mail.Postman;

/**
 * Writes to the people concerned by each step of a dossier, after the step is committed: the campus's team and its
 * pilots always, the national administration when the review is theirs to open, the experts when it opens; and to
 * the experts whose report is late when the administration reminds them. What was
 * sent is kept per person and step, so that a sending retried after a failure skips who already received it; the
 * e-mails are sent outside any transaction, no connection held while the mail server answers.
 */
@Component
class DossierMails {

    private static final Logger LOG = LoggerFactory.getLogger(DossierMails.class);
    private static final Set<Role> ALWAYS = EnumSet.of(Role.DIRECTEUR_OPERATIONNEL, Role.CHEF_ETABLISSEMENT_SUPPORT,
            Role.PILOTE_ACADEMIQUE, Role.PILOTE_REGIONAL);

    private final CampusDirectory campuses;
    private final Recipients recipients;
    private final MailTemplates templates;
    private final Postman postman;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate reading;

    DossierMails(CampusDirectory campuses, Recipients recipients, MailTemplates templates, Postman postman,
            MessageSource messages, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.campuses = campuses;
        this.recipients = recipients;
        this.templates = templates;
        this.postman = postman;
        this.messages = messages;
        this.jdbc = jdbc;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Async
    @TransactionalEventListener
    void on(DossierMoved moved) {
        String occasion = moved.transition().name() + "@" + moved.at();
        deliver(moved.dossierId(), occasion, reading.execute(status -> letters(moved, occasion)));
    }

    @Async
    @TransactionalEventListener
    void on(ExpertsReminded reminded) {
        String occasion = "RELANCE_EXPERTS@" + reminded.at();
        deliver(reminded.dossierId(), occasion, reading.execute(status -> reminders(reminded, occasion)));
    }

    /** Sends each letter and keeps it as sent; a failure leaves the event to be handed here again. */
    private void deliver(long dossierId, String occasion, List<Letter> letters) {
        int failed = 0;
        for (Letter letter : letters) {
            try {
                var delivery = postman.send(letter.mail());
                jdbc.sql("insert into dossier_notification (dossier_id, occasion, recipient, name, subject, delivery)"
                                + " values (:dossier, :occasion, :recipient, :name, :subject, :delivery)"
                                + " on conflict do nothing")
                        .param("dossier", dossierId).param("occasion", occasion)
                        .param("recipient", letter.mail().to()).param("name", letter.name())
                        .param("subject", letter.mail().subject()).param("delivery", delivery.name()).update();
            } catch (MailException e) {
                LOG.warn("E-mail du dossier {} à {} non envoyé, il sera réessayé : {}", dossierId,
                        letter.mail().to(), e.getMessage());
                failed++;
            }
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " e-mail(s) du dossier " + dossierId + " à réessayer");
        }
    }

    private List<Letter> reminders(ExpertsReminded reminded, String occasion) {
        var already = alreadySent(reminded.dossierId(), occasion);
        return jdbc.sql("select e.email, e.name, c.name as campus, p.review_deadline from expert_assignment a"
                        + " join expert e on e.id = a.expert_id join dossier d on d.id = a.dossier_id"
                        + " join campus c on c.id = d.campus_id join campaign p on p.id = d.campaign_id"
                        + " where a.dossier_id = :id and a.submitted_at is null order by e.name")
                .param("id", reminded.dossierId())
                .query((rs, n) -> {
                    var deadline = rs.getObject("review_deadline", LocalDate.class);
                    String campus = rs.getString("campus");
                    return new Letter(rs.getString("name"), templates.write(rs.getString("email"), "expert-reminder",
                            "mail.expert.subject", new Object[] { campus },
                            Map.of("name", rs.getString("name"), "campus", campus, "dossierId", reminded.dossierId(),
                                    "deadline", deadline == null ? "" : FrenchDates.DAY.format(deadline))));
                })
                .list().stream().filter(letter -> !already.contains(letter.mail().to().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private Set<String> alreadySent(long dossierId, String occasion) {
        return jdbc.sql("select lower(recipient) from dossier_notification where dossier_id = :id"
                        + " and occasion = :occasion")
                .param("id", dossierId).param("occasion", occasion).query(String.class).set();
    }

    private List<Letter> letters(DossierMoved moved, String occasion) {
        var campus = campuses.scope(moved.campusId()).orElse(null);
        var dossier = jdbc.sql("select c.name as campus, p.title as campaign, p.review_deadline, d.kind,"
                        + " d.academie_cosigned_by, d.region_cosigned_by, d.granted, d.category, d.duration_years,"
                        + " d.label_start, d.nor, s.actor, s.reason"
                        + " from dossier d join campus c on c.id = d.campus_id join campaign p on p.id = d.campaign_id"
                        + " left join dossier_step s on s.dossier_id = d.id and s.name = :transition and s.at = :at"
                        + " where d.id = :id")
                .param("id", moved.dossierId()).param("transition", moved.transition().name())
                .param("at", Timestamp.from(moved.at()))
                .query((rs, n) -> new DossierLine(rs.getString("campus"), rs.getString("campaign"),
                        rs.getObject("review_deadline", LocalDate.class), rs.getString("kind"),
                        rs.getString("academie_cosigned_by"), rs.getString("region_cosigned_by"),
                        rs.getObject("granted", Boolean.class), rs.getString("category"),
                        rs.getObject("duration_years", Integer.class), rs.getObject("label_start", LocalDate.class),
                        rs.getString("nor"), rs.getString("actor"), rs.getString("reason")))
                .optional().orElse(null);
        if (campus == null || dossier == null) {
            return List.of();
        }
        var roles = EnumSet.copyOf(ALWAYS);
        if (moved.to() == DossierState.AVIS_RECUEILLIS) {
            roles.add(Role.ADMIN_NATIONAL);
        }
        var people = new LinkedHashMap<String, Recipient>();
        recipients.holding(roles, campus).forEach(r -> people.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r));
        if (moved.to() == DossierState.EN_EXPERTISE) {
            jdbc.sql("select e.email, e.name from expert_assignment a join expert e on e.id = a.expert_id"
                            + " where a.dossier_id = :id order by e.name")
                    .param("id", moved.dossierId())
                    .query((rs, n) -> new Recipient(rs.getString("email"), rs.getString("name"), Role.EXPERT))
                    .list().forEach(r -> people.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r));
        }
        var already = alreadySent(moved.dossierId(), occasion);
        var letters = new ArrayList<Letter>();
        people.forEach((email, person) -> {
            if (!already.contains(email)) {
                letters.add(new Letter(person.name(), templates.write(person.email(), "dossier-moved",
                        "mail.dossier.subject", new Object[] { dossier.campus(), state(moved.to()) },
                        variables(moved, dossier, person))));
            }
        });
        return letters;
    }

    private Map<String, Object> variables(DossierMoved moved, DossierLine dossier, Recipient person) {
        var variables = new LinkedHashMap<String, Object>();
        variables.put("name", person.name());
        variables.put("dossierId", moved.dossierId());
        variables.put("campus", dossier.campus());
        variables.put("campaign", dossier.campaign());
        variables.put("kind", dossier.kind());
        variables.put("transition", moved.transition().name());
        variables.put("state", state(moved.to()));
        variables.put("actor", dossier.actor() == null ? "" : dossier.actor());
        variables.put("reason", dossier.reason());
        variables.put("decision", moved.to() == DossierState.DECIDE ? dossier : null);
        variables.put("next", next(moved.to(), person.role(), dossier));
        return variables;
    }

    /** What falls to this person now, if anything. */
    private @Nullable String next(DossierState state, Role role, DossierLine dossier) {
        boolean alreadySigned = switch (role) {
            case PILOTE_ACADEMIQUE -> dossier.academieCosignedBy() != null;
            case PILOTE_REGIONAL -> dossier.regionCosignedBy() != null;
            default -> false;
        };
        if (state == DossierState.DEPOSE && alreadySigned) {
            return null;
        }
        return messages.getMessage("mail.next." + state.name() + "." + role.name(),
                new Object[] { dossier.reviewDeadline() == null ? "" : FrenchDates.DAY.format(dossier.reviewDeadline()) }, null,
                Locale.FRANCE);
    }

    private String state(DossierState state) {
        return messages.getMessage("dossierstate." + state.name(), null, Locale.FRANCE);
    }

    private record Letter(String name, Mail mail) {
    }

    /** What the e-mail says of the dossier and of the step. */
    record DossierLine(String campus, String campaign, @Nullable LocalDate reviewDeadline, String kind,
            @Nullable String academieCosignedBy, @Nullable String regionCosignedBy, @Nullable Boolean granted,
            @Nullable String category, @Nullable Integer durationYears, @Nullable LocalDate labelStart,
            @Nullable String nor, @Nullable String actor, @Nullable String reason) {
    }
}
