package fr.cmq.evaluation.internal;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDocuments;
import fr.cmq.campus.CampusGovernance;
import fr.cmq.campus.Category;
import fr.cmq.campus.InstanceKind;
import fr.cmq.evaluation.SelfAssessmentState;
import fr.cmq.evaluation.internal.maturity.MaturityFacts;
import fr.cmq.identity.AccountCoverage;
import fr.cmq.identity.Role;
import fr.cmq.steering.SteeringFacts;

/** Reads from the modules that keep them the facts a campus's maturity depends on, in a fixed number of queries. */
@Component
@RequiredArgsConstructor
class MaturityFactsReader {

    private final CampusDocuments documents;
    private final CampusGovernance governance;
    private final AccountCoverage accounts;
    private final SteeringFacts steering;
    private final JdbcClient jdbc;

    MaturityFacts of(CampusDetails campus, LocalDate today) {
        var official = documents.of(campus.id());
        int instancesMet = (int) governance.of(campus.id()).stream()
                .filter(instance -> instance.kind() != InstanceKind.COMITE_ORIENTATION_STRATEGIQUE)
                .filter(instance -> !instance.meetings().isEmpty()).count();
        var counts = steering.of(campus.id(), today.getYear());
        boolean director = !accounts.campusesWithHolder(Role.DIRECTEUR_OPERATIONNEL, List.of(campus.id())).isEmpty();
        boolean excellence = campus.category() == Category.EXCELLENCE && campus.labelDaysLeft(today) != null
                && campus.labelStart() != null && !campus.labelStart().isAfter(today);
        return new MaturityFacts(counts.diagnostic(), counts.objectives(), campus.activeMembers().size(), instancesMet,
                campus.conventionDate() != null || official.convention() != null,
                campus.missionLetterDate() != null || official.missionLetter() != null, director, counts.actions(),
                counts.actionsDone(), counts.measuredThisYear(), counts.fundedBudget(), latestSelfAssessment(campus.id()),
                excellence, recognisedByExperts(campus.id()));
    }

    /** The latest published external evaluation is favourable overall and on domain 0, economic opportunity. */
    private boolean recognisedByExperts(long campusId) {
        return jdbc.sql("""
                        select e.verdict = 'FAVORABLE' and exists (select 1 from external_evaluation_domain d
                               where d.evaluation_id = e.id and d.domain = 0 and d.verdict = 'FAVORABLE')
                        from external_evaluation e where e.campus_id = :campus and e.state = 'PUBLIEE'
                        order by e.published_at desc limit 1""")
                .param("campus", campusId).query(Boolean.class).optional().orElse(false);
    }

    private @Nullable SelfAssessmentState latestSelfAssessment(long campusId) {
        return jdbc.sql("select state from self_assessment where campus_id = :campus order by opened_at desc, id desc"
                        + " limit 1")
                .param("campus", campusId).query((rs, n) -> SelfAssessmentState.valueOf(rs.getString("state")))
                .optional().orElse(null);
    }
}
