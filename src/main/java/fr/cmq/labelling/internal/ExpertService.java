package fr.cmq.labelling.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.ExpertAccounts;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.LabellingEvent;
import fr.cmq.labelling.Review;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;

/** Keeps the pool of experts, their assignments and their reviews, by SQL: none of it is edited by two people. */
@Service
@Transactional
@RequiredArgsConstructor
class ExpertService implements ExpertReviews {

    private static final String AUDITED = "dossier";

    private final DossierRepository dossiers;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ExpertAccounts expertAccounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    public long addExpert(CmqUser admin, String email, String name, ExpertCollege college) {
        guard.requireNationalAdministration(admin);
        String address = PlainText.blankToNull(email);
        if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            throw new InvalidFieldException("email", "Une adresse électronique valide");
        }
        String named = PlainText.blankToNull(name);
        if (named == null || named.length() > 200) {
            throw new InvalidFieldException("name", "Le nom de l’expert, 200 caractères au plus");
        }
        long id = jdbc.sql("insert into expert (email, name, college) values (:email, :name, :college)"
                        + " on conflict (lower(email)) do update set name = excluded.name, college = excluded.college,"
                        + " active = true returning id")
                .param("email", address).param("name", named).param("college", college.name()).query(Long.class).single();
        auditTrail.record("AJOUT_EXPERT", "expert", id, Map.of("expert", named, "college", college.name()));
        expertAccounts.ensureExpert(admin, address, named);
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Expert> experts() {
        return jdbc.sql("select id, email, name, college, active from expert order by name")
                .query((rs, n) -> new Expert(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                        ExpertCollege.valueOf(rs.getString("college")), rs.getBoolean("active")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Expert> expertOf(@Nullable CmqUser user) {
        if (!guard.isExpert(user)) {
            return Optional.empty();
        }
        return jdbc.sql("select id, email, name, college, active from expert where lower(email) = lower(:email)"
                        + " and active")
                .param("email", user.email())
                .query((rs, n) -> new Expert(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                        ExpertCollege.valueOf(rs.getString("college")), rs.getBoolean("active")))
                .optional();
    }

    @Override
    public void assign(CmqUser admin, long dossierId, long expertId) {
        guard.requireNationalAdministration(admin);
        var dossier = dossiers.findById(dossierId)
                .orElseThrow(() -> new NotFoundException("Dossier " + dossierId + " introuvable"));
        if (dossier.getState() != DossierState.AVIS_RECUEILLIS && dossier.getState() != DossierState.EN_EXPERTISE) {
            throw new RuleViolationException("rule.expert.assign", label(dossier.getState()));
        }
        String name = jdbc.sql("select name from expert where id = :id and active").param("id", expertId)
                .query(String.class).optional()
                .orElseThrow(() -> new InvalidFieldException("expertId", "Cet expert n’est pas dans le vivier"));
        jdbc.sql("insert into expert_assignment (dossier_id, expert_id, assigned_by) values (:dossier, :expert, :by)"
                        + " on conflict do nothing")
                .param("dossier", dossierId).param("expert", expertId).param("by", admin.email()).update();
        auditTrail.record("AFFECTATION_EXPERT", AUDITED, dossierId, Map.of("expert", name));
    }

    @Override
    public void declareNoConflict(CmqUser expert, long dossierId, boolean declared) {
        long expertId = assignment(expert, dossierId);
        if (!declared) {
            throw new InvalidFieldException("noConflict", "Cochez la déclaration pour lire le dossier");
        }
        jdbc.sql("update expert_assignment set no_conflict_declared_at = coalesce(no_conflict_declared_at, now())"
                        + " where dossier_id = :dossier and expert_id = :expert")
                .param("dossier", dossierId).param("expert", expertId).update();
        auditTrail.record("ABSENCE_CONFLIT", AUDITED, dossierId, Map.of("expert", expert.displayName()));
    }

    @Override
    public void score(CmqUser expert, long dossierId, String criterionCode, int score, @Nullable String comment) {
        score(expert, dossierId, Map.of(criterionCode, new Review.Score(score, comment)));
    }

    @Override
    public void score(CmqUser expert, long dossierId, Map<String, Review.Score> scores) {
        long expertId = reviewing(expert, dossierId);
        var criteria = jdbc.sql("select g.code from grid_criterion g join campaign c on c.grid_id = g.grid_id"
                        + " join dossier d on d.campaign_id = c.id where d.id = :dossier")
                .param("dossier", dossierId).query(String.class).set();
        scores.forEach((code, score) -> {
            if (!criteria.contains(code)) {
                throw new InvalidFieldException("criterion", "Ce critère n’est pas dans la grille du dossier");
            }
            if (score.value() < 1 || score.value() > 4) {
                throw new InvalidFieldException("score", "Une note de 1 à 4");
            }
            String text = PlainText.blankToNull(score.comment());
            if (text != null && text.length() > 4000) {
                throw new InvalidFieldException("comment", "4000 caractères au plus");
            }
        });
        scores.forEach((code, score) -> jdbc.sql("insert into expert_score (dossier_id, expert_id, criterion_code,"
                        + " score, comment) values (:dossier, :expert, :code, :score, :comment) on conflict (dossier_id,"
                        + " expert_id, criterion_code) do update set score = excluded.score, comment = excluded.comment")
                .param("dossier", dossierId).param("expert", expertId).param("code", code)
                .param("score", score.value()).param("comment", PlainText.blankToNull(score.comment())).update());
    }

    @Override
    public void submit(CmqUser expert, long dossierId, @Nullable Verdict verdict, String report) {
        long expertId = reviewing(expert, dossierId);
        if (verdict == null) {
            throw new InvalidFieldException("verdict", "Votre avis d’ensemble : favorable, réservé ou défavorable");
        }
        String text = PlainText.blankToNull(report);
        if (text == null || text.length() > 20_000) {
            throw new InvalidFieldException("report", "Le rapport, 20 000 caractères au plus");
        }
        int unscored = jdbc.sql("select count(*) from grid_criterion g join campaign c on c.grid_id = g.grid_id"
                        + " join dossier d on d.campaign_id = c.id where d.id = :dossier and not exists (select 1"
                        + " from expert_score s where s.dossier_id = d.id and s.expert_id = :expert"
                        + " and s.criterion_code = g.code)")
                .param("dossier", dossierId).param("expert", expertId).query(Integer.class).single();
        if (unscored > 0) {
            throw new RuleViolationException("rule.expert.unscored", unscored);
        }
        jdbc.sql("update expert_assignment set report = :report, verdict = :verdict, submitted_at = now()"
                        + " where dossier_id = :dossier and expert_id = :expert")
                .param("report", text).param("verdict", verdict.name()).param("dossier", dossierId)
                .param("expert", expertId).update();
        auditTrail.record("RAPPORT_EXPERT", AUDITED, dossierId, Map.of("expert", expert.displayName(),
                "avis", verdict.name()));
    }

    @Override
    public int remindLate(CmqUser admin, long dossierId) {
        guard.requireNationalAdministration(admin);
        var dossier = dossiers.findById(dossierId)
                .orElseThrow(() -> new NotFoundException("Dossier " + dossierId + " introuvable"));
        if (dossier.getState() != DossierState.EN_EXPERTISE) {
            throw new RuleViolationException("rule.expert.not-reviewing", label(dossier.getState()));
        }
        var now = clock.instant();
        int late = jdbc.sql("update expert_assignment set last_reminded_at = :now where dossier_id = :dossier"
                        + " and submitted_at is null")
                .param("now", Timestamp.from(now)).param("dossier", dossierId).update();
        if (late == 0) {
            throw new RuleViolationException("rule.expert.none-late");
        }
        events.publishEvent(new LabellingEvent.ExpertsReminded(dossierId, dossier.getCampusId(), now));
        auditTrail.record("RELANCE_EXPERTS", AUDITED, dossierId, Map.of("experts", String.valueOf(late)));
        return late;
    }

    /** The expert's assignment on a dossier under review, its conflict of interest declared, its report not in. */
    private long reviewing(CmqUser expert, long dossierId) {
        long expertId = assignment(expert, dossierId);
        var dossier = dossiers.findById(dossierId).orElseThrow();
        if (dossier.getState() != DossierState.EN_EXPERTISE) {
            throw new RuleViolationException("rule.expert.not-reviewing", label(dossier.getState()));
        }
        var assignment = jdbc.sql("select no_conflict_declared_at is not null as declared, submitted_at is not null"
                        + " as submitted from expert_assignment where dossier_id = :dossier and expert_id = :expert")
                .param("dossier", dossierId).param("expert", expertId)
                .query((rs, n) -> new boolean[] { rs.getBoolean("declared"), rs.getBoolean("submitted") }).single();
        if (!assignment[0]) {
            throw new RuleViolationException("rule.expert.conflict-first");
        }
        if (assignment[1]) {
            throw new RuleViolationException("rule.expert.submitted");
        }
        return expertId;
    }

    private static DefaultMessageSourceResolvable label(DossierState state) {
        return new DefaultMessageSourceResolvable("dossierstate." + state.name());
    }

    private long assignment(CmqUser expert, long dossierId) {
        guard.refuseUnless(guard.isExpert(expert), "Les experts désignés seulement");
        var assigned = jdbc.sql("select e.id from expert_assignment a join expert e on e.id = a.expert_id"
                        + " where a.dossier_id = :dossier and lower(e.email) = lower(:email)")
                .param("dossier", dossierId).param("email", expert.email()).query(Long.class).optional();
        guard.refuseUnless(assigned.isPresent(), "Dossier " + dossierId + " : vous n'y êtes pas désigné");
        return assigned.orElseThrow();
    }
}
