package fr.cmq.labelling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDetails;
import fr.cmq.labelling.Answer;
import fr.cmq.labelling.Criterion;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.Notification;
import fr.cmq.labelling.Opinion;
import fr.cmq.labelling.OpinionBody;
import fr.cmq.labelling.PreviousLabel;
import fr.cmq.labelling.Review;
import fr.cmq.labelling.Step;
import fr.cmq.labelling.Transition;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.db.Rows;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.mail.MailDelivery;

/** The parts of a dossier's page, each in a fixed number of queries, inside the reader's transaction. */
@Component
@RequiredArgsConstructor
class DossierParts {

    private final JdbcClient jdbc;
    private final Documents documents;

    /** Every criterion of the grid with its answer; the criteria alone when the reader may not read the answers yet. */
    List<Answer> answers(long dossierId, long gridId, boolean withTheirAnswers) {
        var given = new HashMap<String, Answer>();
        var criteria = jdbc.sql("select code, title, guidance, excellence, attachments from grid_criterion"
                        + " where grid_id = :grid order by position, code")
                .param("grid", gridId)
                .query((rs, n) -> new Criterion(rs.getString("code"), rs.getString("title"), rs.getString("guidance"),
                        rs.getString("excellence"), rs.getString("attachments")))
                .list();
        var byCode = criteria.stream().collect(Collectors.toMap(Criterion::code, c -> c));
        var attached = jdbc.sql("select criterion_code, document_id from dossier_attachment where dossier_id = :id"
                        + " and :answers order by document_id")
                .param("id", dossierId).param("answers", withTheirAnswers)
                .query((rs, n) -> Map.entry(rs.getString("criterion_code"), rs.getLong("document_id"))).list();
        var stored = documents.find(attached.stream().map(Map.Entry::getValue).toList());
        var pieces = new HashMap<String, List<StoredDocument>>();
        attached.forEach(piece -> pieces.computeIfAbsent(piece.getKey(), c -> new ArrayList<>())
                .add(stored.get(piece.getValue())));
        jdbc.sql("select criterion_code, text, facts from dossier_answer where dossier_id = :id and :answers")
                .param("id", dossierId).param("answers", withTheirAnswers)
                .query((rs, n) -> {
                    var criterion = byCode.get(rs.getString("criterion_code"));
                    if (criterion != null) {
                        given.put(criterion.code(), new Answer(criterion, rs.getString("text"),
                                DossierSql.facts(rs.getArray("facts")), pieces.getOrDefault(criterion.code(), List.of())));
                    }
                    return n;
                }).list();
        return criteria.stream()
                .map(c -> given.getOrDefault(c.code(), new Answer(c, null, List.of(), List.of()))).toList();
    }

    List<Opinion> opinions(long dossierId) {
        return jdbc.sql("select body, verdict, given_on, text, document_id, recorded_by from dossier_opinion"
                        + " where dossier_id = :id order by body")
                .param("id", dossierId)
                .query((rs, n) -> new Opinion(OpinionBody.valueOf(rs.getString("body")),
                        Verdict.valueOf(rs.getString("verdict")), rs.getObject("given_on", LocalDate.class),
                        rs.getString("text"), rs.getObject("document_id", Long.class), rs.getString("recorded_by")))
                .list();
    }

    /** The reviews of every expert, or of the expert of this address alone. */
    List<Review> reviews(long dossierId, @Nullable String onlyOf) {
        var scores = new HashMap<Long, Map<String, Review.Score>>();
        jdbc.sql("select expert_id, criterion_code, score, comment from expert_score where dossier_id = :id")
                .param("id", dossierId)
                .query((rs, n) -> scores.computeIfAbsent(rs.getLong("expert_id"), id -> new TreeMap<>())
                        .put(rs.getString("criterion_code"), new Review.Score(rs.getInt("score"), rs.getString("comment"))))
                .list();
        return jdbc.sql("select e.id, e.email, e.name, e.college, a.no_conflict_declared_at, a.report, a.verdict,"
                        + " a.submitted_at"
                        + " from expert_assignment a join expert e on e.id = a.expert_id where a.dossier_id = :id"
                        + " and (cast(:only as text) is null or lower(e.email) = lower(:only)) order by e.name")
                .param("id", dossierId).param("only", onlyOf)
                .query((rs, n) -> new Review(rs.getLong("id"), rs.getString("name"),
                        ExpertCollege.valueOf(rs.getString("college")),
                        Rows.instant(rs, "no_conflict_declared_at"), scores.getOrDefault(rs.getLong("id"), Map.of()),
                        rs.getString("report"), rs.getString("verdict") == null ? null : Verdict.valueOf(rs.getString("verdict")),
                        Rows.instant(rs, "submitted_at")))
                .list();
    }

    List<Step> timeline(long dossierId) {
        return jdbc.sql("select name, from_state, to_state, actor, reason, at from dossier_step where dossier_id = :id"
                        + " order by at, id")
                .param("id", dossierId)
                .query((rs, n) -> new Step(Transition.valueOf(rs.getString("name")),
                        DossierState.valueOf(rs.getString("from_state")), DossierState.valueOf(rs.getString("to_state")),
                        rs.getString("actor"), rs.getString("reason"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    List<Notification> notifications(long dossierId) {
        return jdbc.sql("select name, recipient, subject, delivery, sent_at from dossier_notification"
                        + " where dossier_id = :id order by sent_at, id")
                .param("id", dossierId)
                .query((rs, n) -> new Notification(rs.getString("name"), rs.getString("recipient"),
                        rs.getString("subject"), MailDelivery.SENT.name().equals(rs.getString("delivery")),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** The label a renewal renews: from the dossier that granted it, else from the campus, else its end alone. */
    @Nullable PreviousLabel previousLabel(DossierEntity dossier, CampusDetails campus) {
        var end = dossier.getPreviousLabelEnd();
        if (end == null) {
            return null;
        }
        return jdbc.sql("select id, label_start, nor from dossier where campus_id = :campus and id <> :id and granted"
                        + " and (label_start + make_interval(years => duration_years))::date - 1 = :end"
                        + " order by decided_on desc limit 1")
                .param("campus", dossier.getCampusId()).param("id", dossier.getId()).param("end", end)
                .query((rs, n) -> new PreviousLabel(end, rs.getObject("label_start", LocalDate.class),
                        rs.getString("nor"), rs.getLong("id")))
                .optional()
                .orElseGet(() -> end.equals(campus.labelEnd())
                        ? new PreviousLabel(end, campus.labelStart(), campus.labelNor(), null)
                        : new PreviousLabel(end, null, null, null));
    }
}
