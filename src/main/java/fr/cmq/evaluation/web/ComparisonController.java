package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.Comparison;
import fr.cmq.evaluation.ExternalEvaluations;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.Recommendations;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.ReadInOneTransaction;
import fr.cmq.shared.web.Refusals;

/**
 * The campus's side of its external evaluation: the administration assigns the experts once the self-evaluation is
 * submitted; after publication the team reads both side by side (a chart with its table, the gaps marked) and turns
 * a gap into a recommendation, which its action plan takes up.
 */
@Controller
@RequiredArgsConstructor
class ComparisonController {

    private static final String BASE = "/campus/{id}/auto-evaluation/{evaluationId}";

    private final SelfAssessments assessments;
    private final ExternalEvaluations externals;
    private final Recommendations recommendations;
    private final Frameworks frameworks;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final Refusals refusals;

    /** A recommendation as typed, given back to its form when refused. */
    record RecommendationForm(@Nullable String referenceCode, @Nullable String text, @Nullable String ownerName,
            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
    }

    @PostMapping(BASE + "/experts")
    @RequiresNationalAdministration
    String assign(@PathVariable long id, @PathVariable long evaluationId,
            @RequestParam(required = false) @Nullable Long expertId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        try {
            // no expert chosen is no expert of the pool: refused as such
            externals.assign(user, id, evaluationId, expertId == null ? 0 : expertId);
            redirect.addFlashAttribute("assigned", true);
        } catch (InvalidFieldException | RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        }
        return "redirect:/campus/" + id + "/auto-evaluation/" + evaluationId + "#external";
    }

    @GetMapping(BASE + "/comparaison")
    @Requires(READ_PRIVATE)
    @ReadInOneTransaction
    String comparison(@PathVariable long id, @PathVariable long evaluationId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var assessment = assessments.read(id, evaluationId);
        var external = externals.ofAssessment(user, id, evaluationId)
                .orElseThrow(() -> new NotFoundException("Pas d'évaluation externe de l'auto-évaluation " + evaluationId));
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("assessment", assessment);
        model.addAttribute("external", external);
        if (!external.sealed()) {
            var framework = frameworks.framework(assessment.frameworkId());
            model.addAttribute("comparison", Comparison.of(framework, assessment, external));
            model.addAttribute("recommendations", recommendations.of(id, external.id()));
        }
        model.addAttribute("mayRecommend", external.state().name().equals("PUBLIEE") && guard.may(user, EDIT, id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RecommendationForm(null, null, null, null));
        }
        return "evaluation/comparison";
    }

    @PostMapping(BASE + "/recommandations")
    @Requires(EDIT)
    String recommend(@PathVariable long id, @PathVariable long evaluationId, RecommendationForm form,
            @AuthenticationPrincipal CmqUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var external = externals.ofAssessment(user, id, evaluationId)
                .orElseThrow(() -> new NotFoundException("Pas d'évaluation externe de l'auto-évaluation " + evaluationId));
        try {
            long made = recommendations.recommend(user, id, external.id(),
                    form.referenceCode() == null ? "" : form.referenceCode(), form.text(), form.ownerName(),
                    form.dueOn());
            redirect.addFlashAttribute("recommended", made);
            return "redirect:/campus/" + id + "/auto-evaluation/" + evaluationId + "/comparaison#recommandation-"
                    + made;
        } catch (InvalidFieldException | RuleViolationException e) {
            response.setStatus(e instanceof InvalidFieldException ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refusals.of(e));
            model.addAttribute("refusedField", e instanceof InvalidFieldException invalid ? invalid.field() : null);
            model.addAttribute("form", form);
            return comparison(id, evaluationId, user, model);
        }
    }
}
