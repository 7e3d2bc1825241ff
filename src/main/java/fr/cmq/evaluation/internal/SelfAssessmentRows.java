package fr.cmq.evaluation.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.evaluation.FactKind;
import fr.cmq.evaluation.SelfAssessment;
import fr.cmq.evaluation.SelfAssessment.Answer;
import fr.cmq.evaluation.SelfAssessment.Document;
import fr.cmq.evaluation.SelfAssessmentState;
import fr.cmq.shared.db.Rows;
import fr.cmq.shared.documents.Documents;

/** The self-evaluations of a campus with their answers and documents, in a fixed number of queries. */
@Component
@RequiredArgsConstructor
class SelfAssessmentRows {

    private final JdbcClient jdbc;
    private final Documents store;

    /** The campus's self-evaluations (or only one of them), the newest first, with what each may go through now. */
    List<SelfAssessment> of(long campusId, @Nullable Long onlyId) {
        var answers = new LinkedHashMap<Long, Map<String, Answer>>();
        jdbc.sql("""
                        select a.assessment_id, a.reference_code, a.position, a.comment, a.facts, a.version,
                               a.updated_at, a.updated_by
                        from self_assessment_answer a join self_assessment s on s.id = a.assessment_id
                        where s.campus_id = :campus and (cast(:only as bigint) is null or s.id = :only)""")
                .param("campus", campusId).param("only", onlyId, java.sql.Types.BIGINT)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> answers
                        .computeIfAbsent(rs.getLong("assessment_id"), id -> new LinkedHashMap<>())
                        .put(rs.getString("reference_code"), new Answer(rs.getString("reference_code"),
                                rs.getObject("position", Integer.class), rs.getString("comment"),
                                facts(rs.getArray("facts")), rs.getLong("version"), Rows.instant(rs, "updated_at"),
                                rs.getString("updated_by"))));
        var documents = documents(campusId, onlyId);
        return jdbc.sql("""
                        select s.id, s.framework_id, f.version as framework_version, s.state, s.opened_at, s.opened_by,
                               s.submitted_at, s.version,
                               (select count(*) from framework_reference r where r.framework_id = s.framework_id)
                                 - (select count(*) from self_assessment_answer a
                                     where a.assessment_id = s.id and a.position is not null) as unanswered
                        from self_assessment s join framework f on f.id = s.framework_id
                        where s.campus_id = :campus and (cast(:only as bigint) is null or s.id = :only)
                        order by s.opened_at desc, s.id desc""")
                .param("campus", campusId).param("only", onlyId, java.sql.Types.BIGINT)
                .query((rs, n) -> {
                    var state = SelfAssessmentState.valueOf(rs.getString("state"));
                    long id = rs.getLong("id");
                    return new SelfAssessment(id, campusId, rs.getLong("framework_id"),
                            rs.getString("framework_version"), state, Rows.instant(rs, "opened_at"),
                            rs.getString("opened_by"), Rows.instant(rs, "submitted_at"), rs.getLong("version"),
                            answers.getOrDefault(id, Map.of()),
                            SelfAssessmentEntity.allowed(state, rs.getInt("unanswered")),
                            documents.getOrDefault(id, Map.of()));
                })
                .list();
    }

    /** The documents given for each référence of each self-evaluation: one query, then the store's names at once. */
    private Map<Long, Map<String, List<Document>>> documents(long campusId, @Nullable Long onlyId) {
        record Given(long assessmentId, String code, long documentId) {
        }
        var given = jdbc.sql("""
                        select d.assessment_id, d.reference_code, d.document_id
                        from self_assessment_document d join self_assessment s on s.id = d.assessment_id
                        where s.campus_id = :campus and (cast(:only as bigint) is null or s.id = :only)
                        order by d.attached_at, d.document_id""")
                .param("campus", campusId).param("only", onlyId, java.sql.Types.BIGINT)
                .query((rs, n) -> new Given(rs.getLong("assessment_id"), rs.getString("reference_code"),
                        rs.getLong("document_id")))
                .list();
        if (given.isEmpty()) {
            return Map.of();
        }
        var stored = store.find(given.stream().map(Given::documentId).toList());
        var documents = new LinkedHashMap<Long, Map<String, List<Document>>>();
        for (var one : given) {
            var found = stored.get(one.documentId());
            if (found != null) {
                documents.computeIfAbsent(one.assessmentId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(one.code(), code -> new ArrayList<>())
                        .add(new Document(found.id(), found.filename()));
            }
        }
        return documents;
    }

    private static List<FactKind> facts(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(value -> FactKind.valueOf((String) value)).toList();
    }
}
