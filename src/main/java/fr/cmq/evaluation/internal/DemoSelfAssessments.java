package fr.cmq.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.evaluation.Audience;
import fr.cmq.evaluation.ExternalEvaluations;
import fr.cmq.evaluation.Framework;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.NetworkSurveys;
import fr.cmq.evaluation.Recommendations;
import fr.cmq.evaluation.SelfAssessmentTransition;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.demo.DemoData;

/**
 * The quality module's campuses of the demonstration: the Matériaux composites campus, up for renewal, with its
 * self-evaluation submitted, evaluated by two experts of the pool and published, two gaps made recommendations (the
 * plan gets their actions); CosmetoPharma with a self-evaluation under way and its learners' and companies' answers.
 * Every other campus has none: its maturity says so.
 */
@Component
@Order(8)
@RequiredArgsConstructor
class DemoSelfAssessments implements DemoData {

    private static final CmqUser DEMO = CmqUser.demonstration();
    /** The team's reading of each domain, 0 to 6, on the scale of four steps. */
    private static final int[] TEAM = { 3, 3, 2, 3, 2, 1, 3 };
    /** The experts' reading of each domain: close to the team's, apart on domains 2 and 5. */
    private static final int[] EXPERTS = { 3, 3, 1, 3, 2, 3, 3 };

    private final Frameworks frameworks;
    private final SelfAssessments assessments;
    private final ExternalEvaluations externals;
    private final Recommendations recommendations;
    private final NetworkSurveys surveys;
    private final ExpertReviews pool;
    private final CampusDirectory campuses;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public void load() {
        if (jdbc.sql("select exists (select 1 from self_assessment)").query(Boolean.class).single()) {
            return;
        }
        var framework = frameworks.all().stream().filter(f -> f.version().equals(DemoEvaluation.VERSION)).findFirst()
                .map(f -> frameworks.framework(f.id())).orElseThrow();
        campus("Matériaux composites et plastiques").ifPresent(id -> evaluated(id, framework));
        campus("CosmetoPharma").ifPresent(id -> underWay(id, framework));
    }

    private void evaluated(long campusId, Framework framework) {
        long assessmentId = answered(campusId, framework, framework.references().size());
        assessments.fire(DEMO, campusId, assessmentId, SelfAssessmentTransition.SUBMIT,
                assessments.read(campusId, assessmentId).version());
        var experts = pool.experts().stream().limit(2).toList();
        long evaluationId = 0;
        for (var expert : experts) {
            evaluationId = externals.assign(DEMO, campusId, assessmentId, expert.id());
            externals.declareNoConflict(expert(expert.email(), expert.name()), evaluationId, true);
        }
        var writer = expert(experts.getFirst().email(), experts.getFirst().name());
        for (var domain : framework.domains()) {
            for (var reference : domain.references()) {
                externals.position(writer, evaluationId, reference.code(), 0, EXPERTS[domain.number()],
                        EXPERTS[domain.number()] == TEAM[domain.number()] ? "Conforme aux preuves versées."
                                : "Lecture différente de celle de l'équipe : voir la synthèse du domaine.");
            }
            boolean apart = EXPERTS[domain.number()] != TEAM[domain.number()];
            externals.judgeDomain(writer, evaluationId, domain.number(), 0,
                    apart ? Verdict.RESERVE : Verdict.FAVORABLE,
                    apart ? "Des actions existent mais leur suivi reste à construire."
                            : "Démarche engagée et partagée par le réseau, résultats suivis.");
        }
        externals.conclude(writer, evaluationId, externals.read(writer, evaluationId).version(), Verdict.FAVORABLE,
                "Un réseau actif et bien gouverné ; l'offre de formation et son évolution demandent un pilotage"
                        + " plus outillé avant le renouvellement.");
        externals.publish(writer, evaluationId, externals.read(writer, evaluationId).version());
        var due = LocalDate.now(clock).plusMonths(6);
        recommendations.recommend(DEMO, campusId, evaluationId, framework.domains().get(2).references().getFirst()
                .code(), "Mettre en place une revue annuelle de la carte des formations avec les entreprises",
                "Nadia Kessler", due);
        recommendations.recommend(DEMO, campusId, evaluationId, framework.domains().get(5).references().getFirst()
                .code(), "Formaliser le suivi des mobilités Erasmus+ des apprentis", "Julien Roth", due.plusMonths(3));
    }

    private void underWay(long campusId, Framework framework) {
        long assessmentId = answered(campusId, framework, framework.references().size() * 2 / 3);
        surveys.open(DEMO, campusId, assessmentId, Audience.APPRENANTS, 4);
        surveys.open(DEMO, campusId, assessmentId, Audience.ENTREPRISES, 3);
        var questions = surveys.of(campusId, assessmentId);
        var learners = questions.stream().filter(s -> s.audience() == Audience.APPRENANTS).findFirst().orElseThrow();
        var companies = questions.stream().filter(s -> s.audience() == Audience.ENTREPRISES).findFirst().orElseThrow();
        var pedagogy = framework.domains().get(4).references();
        for (int i = 0; i < 12; i++) {
            surveys.answer(learners.token(), "demo-learner-" + i, Map.of(pedagogy.get(0).code(), 1 + i % 2,
                    pedagogy.get(1).code(), 2 + i % 3));
        }
        var partnerships = framework.domains().get(3).references();
        for (int i = 0; i < 6; i++) {
            surveys.answer(companies.token(), "demo-company-" + i, Map.of(partnerships.get(0).code(), 3 + i % 2));
        }
    }

    /** A self-evaluation whose first {@code count} références have the team's position, a comment and their facts. */
    private long answered(long campusId, Framework framework, int count) {
        long assessmentId = assessments.open(DEMO, campusId, framework.id());
        int written = 0;
        for (var domain : framework.domains()) {
            for (var reference : domain.references()) {
                if (written++ >= count) {
                    return assessmentId;
                }
                assessments.answer(DEMO, campusId, assessmentId, reference.code(), 0, TEAM[domain.number()],
                        COMMENTS.get(TEAM[domain.number()] - 1), reference.facts());
            }
        }
        return assessmentId;
    }

    private static final List<String> COMMENTS = List.of(
            "Rien de structuré encore : à inscrire au prochain plan d'actions.",
            "Des initiatives existent, portées surtout par le lycée tête de réseau.",
            "Démarche partagée par le réseau, suivie au comité de pilotage.",
            "Démarche évaluée chaque année et ajustée.");

    private java.util.Optional<Long> campus(String name) {
        return campuses.search(CampusSearch.everything(), 0, 100).content().stream()
                .filter(summary -> summary.name().equals(name)).map(summary -> summary.id()).findFirst();
    }

    private static CmqUser expert(String email, String name) {
        return new CmqUser(0, email, name, null, true, List.of(RoleGrant.national(Role.EXPERT)));
    }
}
