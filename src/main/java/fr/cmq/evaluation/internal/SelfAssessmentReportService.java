package fr.cmq.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.evaluation.Comparison;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.NetworkSurveys;
import fr.cmq.evaluation.SelfAssessmentReport;
import fr.cmq.evaluation.SelfAssessmentReports;
import fr.cmq.evaluation.SelfAssessments;

/** Reads a self-evaluation's report whole, in one read-only transaction: the external side only once published. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class SelfAssessmentReportService implements SelfAssessmentReports {

    private final CampusDirectory campuses;
    private final SelfAssessments assessments;
    private final Frameworks frameworks;
    private final CampusMaturity maturity;
    private final ExternalEvaluationRepository externals;
    private final ExternalEvaluationRows externalRows;
    private final EvidenceReader evidence;
    private final NetworkSurveys surveys;
    private final Clock clock;

    @Override
    public SelfAssessmentReport of(long campusId, long assessmentId) {
        var campus = campuses.get(campusId);
        var assessment = assessments.read(campusId, assessmentId);
        var framework = frameworks.framework(assessment.frameworkId());
        var external = externals.findByAssessmentId(assessmentId).filter(ExternalEvaluationEntity::published)
                .map(found -> externalRows.read(found.getId(), false)).orElse(null);
        return new SelfAssessmentReport(campus, assessment, framework, maturity.of(campusId).orElse(null), external,
                Comparison.of(framework, assessment, external), evidence.of(campus, LocalDate.now(clock)),
                surveys.of(campusId, assessmentId), surveys.views(campusId, assessmentId));
    }
}
