package fr.cmq.evaluation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.CampusDetails;

/**
 * Everything the report of a self-evaluation shows: the campus, its maturity level and why, the self-evaluation on its
 * référentiel with the facts it counts (the facts themselves), and — once published — the external evaluation beside
 * it, and the network's questionnaires with what each group answered (a group of fewer than five answers hidden).
 * {@code comparison} holds the per-domain synthesis either way (its external side empty before publication).
 */
public record SelfAssessmentReport(CampusDetails campus, SelfAssessment assessment, Framework framework,
        @Nullable Maturity maturity, @Nullable ExternalEvaluation external, Comparison comparison,
        Map<FactKind, Evidence> evidence, List<NetworkSurvey> surveys, Map<String, GroupViews> views) {

    /** The campus's label, as the label dossier's facts say it. */
    public Evidence label() {
        return evidence.get(FactKind.DOSSIER);
    }

    /** The facts the team counts for a référence, as the report shows them. */
    public List<Evidence> evidenceOf(String referenceCode) {
        var answer = assessment.answer(referenceCode);
        return answer == null ? List.of() : answer.facts().stream().map(evidence::get).toList();
    }
}
