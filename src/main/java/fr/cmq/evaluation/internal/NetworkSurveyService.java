package fr.cmq.evaluation.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.Audience;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.GroupViews;
import fr.cmq.evaluation.NetworkSurvey;
import fr.cmq.evaluation.NetworkSurveys;
import fr.cmq.evaluation.SelfAssessmentState;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.BusyException;
import fr.cmq.shared.Digests;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.Rows;

/** The network's questionnaires, by SQL: their answers are appended, never edited, and hold nothing personal. */
@Service
@Transactional
@RequiredArgsConstructor
class NetworkSurveyService implements NetworkSurveys {

    /** More answers a minute than a class answering together gives: beyond, a robot, told to wait. */
    static final int ANSWERS_PER_MINUTE = 120;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SelfAssessments assessments;
    private final Frameworks frameworks;
    private final CampusDirectory campuses;
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;

    @Override
    public long open(CmqUser actor, long campusId, long assessmentId, Audience audience, int domain) {
        var assessment = assessments.read(campusId, assessmentId);
        if (assessment.state() == SelfAssessmentState.EVALUEE) {
            throw new RuleViolationException("rule.survey.evaluated");
        }
        boolean known = frameworks.framework(assessment.frameworkId()).domains().stream()
                .anyMatch(d -> d.number() == domain);
        if (!known) {
            throw new NotFoundException("Domaine " + domain + " absent de ce référentiel");
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        try {
            long id = jdbc.sql("""
                            insert into network_survey (assessment_id, campus_id, audience, domain, token, opened_at,
                                                        opened_by)
                            values (:assessment, :campus, :audience, :domain, :token, :at, :by) returning id""")
                    .param("assessment", assessmentId).param("campus", campusId).param("audience", audience.name())
                    .param("domain", domain).param("token", Base64.getUrlEncoder().withoutPadding().encodeToString(secret))
                    .param("at", Timestamp.from(clock.instant())).param("by", actor.email()).query(Long.class).single();
            auditTrail.record("QUESTIONNAIRE_OUVERT", SelfAssessmentService.AUDITED, campusId,
                    Map.of("groupe", audience.name(), "domaine", domain));
            return id;
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("rule.survey.exists");
        }
    }

    @Override
    public void close(CmqUser actor, long campusId, long surveyId) {
        int closed = jdbc.sql("update network_survey set closed_at = :at where id = :id and campus_id = :campus"
                        + " and closed_at is null")
                .param("at", Timestamp.from(clock.instant())).param("id", surveyId).param("campus", campusId).update();
        if (closed == 0) {
            throw new NotFoundException("Pas de questionnaire ouvert " + surveyId + " dans ce campus");
        }
        auditTrail.record("QUESTIONNAIRE_CLOS", SelfAssessmentService.AUDITED, campusId, Map.of("questionnaire", surveyId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkSurvey> of(long campusId, long assessmentId) {
        return jdbc.sql("""
                        select s.id, s.assessment_id, s.campus_id, s.audience, s.domain, s.token, s.opened_at,
                               s.closed_at, (select count(*) from network_survey_response r where r.survey_id = s.id)
                                 as responses
                        from network_survey s where s.campus_id = :campus and s.assessment_id = :assessment
                        order by s.domain, s.audience""")
                .param("campus", campusId).param("assessment", assessmentId)
                .query((rs, n) -> new NetworkSurvey(rs.getLong("id"), rs.getLong("assessment_id"),
                        rs.getLong("campus_id"), Audience.valueOf(rs.getString("audience")), rs.getInt("domain"),
                        rs.getString("token"), Rows.instant(rs, "opened_at"), Rows.instant(rs, "closed_at"),
                        rs.getInt("responses")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Questionnaire> questionnaire(String token) {
        return survey(token).map(found -> {
            var framework = frameworks.framework(assessments.read(found.campusId(), found.assessmentId()).frameworkId());
            var domain = framework.domains().stream().filter(d -> d.number() == found.domain()).findFirst()
                    .orElseThrow();
            return new Questionnaire(token, campuses.get(found.campusId()).name(), found.audience(), domain,
                    found.open());
        });
    }

    @Override
    public boolean answer(String token, String session, Map<String, Integer> positions) {
        var found = survey(token).orElseThrow(() -> new NotFoundException("Questionnaire introuvable"));
        if (!found.open()) {
            throw new RuleViolationException("rule.survey.closed");
        }
        var questionnaire = questionnaire(token).orElseThrow();
        var codes = questionnaire.domain().references().stream().map(r -> r.code()).toList();
        if (positions.isEmpty()) {
            throw new InvalidFieldException("position", "Répondez à au moins une question");
        }
        positions.forEach((code, position) -> {
            if (!codes.contains(code) || position == null || position < 1 || position > 4) {
                throw new InvalidFieldException("position", "Une réponse de 1 à 4 à chaque question");
            }
        });
        int recent = jdbc.sql("select count(*) from network_survey_response where survey_id = :survey"
                        + " and answered_at > :since")
                .param("survey", found.id()).param("since", Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))))
                .query(Integer.class).single();
        if (recent >= ANSWERS_PER_MINUTE) {
            throw new BusyException("Trop de réponses à la fois : réessayez dans une minute.", Duration.ofMinutes(1));
        }
        int first = jdbc.sql("insert into network_survey_response (survey_id, respondent, answered_at)"
                        + " values (:survey, :respondent, :at) on conflict do nothing")
                .param("survey", found.id()).param("respondent", Digests.sha256(session + ":" + token))
                .param("at", Timestamp.from(clock.instant())).update();
        if (first == 0) {
            return false;
        }
        var today = LocalDate.now(clock);
        positions.forEach((code, position) -> jdbc.sql("insert into network_survey_answer (survey_id, reference_code,"
                        + " position, answered_on) values (:survey, :code, :position, :day)")
                .param("survey", found.id()).param("code", code).param("position", position).param("day", today)
                .update());
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, GroupViews> views(long campusId, long assessmentId) {
        var counts = new HashMap<String, Map<Audience, int[]>>();
        jdbc.sql("""
                        select a.reference_code, s.audience, a.position, count(*) as answers
                        from network_survey_answer a join network_survey s on s.id = a.survey_id
                        where s.campus_id = :campus and s.assessment_id = :assessment
                        group by a.reference_code, s.audience, a.position""")
                .param("campus", campusId).param("assessment", assessmentId)
                .query((RowCallbackHandler) rs -> counts.computeIfAbsent(rs.getString("reference_code"),
                                code -> new EnumMap<>(Audience.class))
                        .computeIfAbsent(Audience.valueOf(rs.getString("audience")), audience -> new int[4])
                        [rs.getInt("position") - 1] += rs.getInt("answers"));
        var assessment = assessments.read(campusId, assessmentId);
        var views = new HashMap<String, GroupViews>();
        counts.forEach((code, byAudience) -> {
            var team = assessment.answer(code);
            views.put(code, GroupViews.of(code, team == null ? null : team.position(), byAudience));
        });
        return views;
    }

    private Optional<NetworkSurvey> survey(String token) {
        return jdbc.sql("select id, assessment_id, campus_id, audience, domain, token, opened_at, closed_at"
                        + " from network_survey where token = :token")
                .param("token", token)
                .query((rs, n) -> new NetworkSurvey(rs.getLong("id"), rs.getLong("assessment_id"),
                        rs.getLong("campus_id"), Audience.valueOf(rs.getString("audience")), rs.getInt("domain"),
                        rs.getString("token"), Rows.instant(rs, "opened_at"), Rows.instant(rs, "closed_at"), 0))
                .optional();
    }
}
