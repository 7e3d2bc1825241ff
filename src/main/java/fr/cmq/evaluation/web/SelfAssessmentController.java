package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.Audience;
import fr.cmq.evaluation.ExternalEvaluations;
import fr.cmq.evaluation.FactKind;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.NetworkSurveys;
import fr.cmq.evaluation.SelfAssessmentState;
import fr.cmq.evaluation.SelfAssessmentTransition;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.ReadInOneTransaction;
import fr.cmq.shared.web.Refusals;

/**
 * A campus's self-evaluation, domain by domain: the team positions each référence on the scale of four steps, says why,
 * ticks the platform's facts that prove it, and submits the whole once every référence has its position.
 */
@Controller
@RequiredArgsConstructor
class SelfAssessmentController {

    private static final String BASE = "/campus/{id}/auto-evaluation";

    private final SelfAssessments assessments;
    private final ExternalEvaluations externals;
    private final ExpertReviews pool;
    private final NetworkSurveys surveys;
    private final CmqProperties properties;
    private final Frameworks frameworks;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final Refusals refusals;

    /** An answer as typed in its form, shown again beside the other's when they crossed. */
    record AnswerForm(@Nullable Integer position, @Nullable String comment, @Nullable List<FactKind> facts,
            long version) {
    }

    @GetMapping(BASE)
    @Requires(READ_PRIVATE)
    @ReadInOneTransaction
    String list(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("assessments", assessments.ofCampus(id));
        model.addAttribute("mayEdit", guard.may(user, EDIT, id));
        model.addAttribute("latest", frameworks.latest().orElse(null));
        return "evaluation/self-assessments";
    }

    @PostMapping(BASE)
    @Requires(EDIT)
    String open(@PathVariable long id, @RequestParam long frameworkId, @AuthenticationPrincipal CmqUser user,
            Model model, HttpServletResponse response) {
        try {
            return "redirect:/campus/" + id + "/auto-evaluation/" + assessments.open(user, id, frameworkId);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refusals.of(e));
            return list(id, user, model);
        }
    }

    @GetMapping(BASE + "/{evaluationId}")
    @Requires(READ_PRIVATE)
    @ReadInOneTransaction
    String overview(@PathVariable long id, @PathVariable long evaluationId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var assessment = assessments.read(id, evaluationId);
        var framework = frameworks.framework(assessment.frameworkId());
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("assessment", assessment);
        model.addAttribute("framework", framework);
        model.addAttribute("progress", assessment.progress(framework));
        model.addAttribute("maySubmit", guard.may(user, EDIT, id)
                && assessment.allowedTransitions().contains(SelfAssessmentTransition.SUBMIT));
        model.addAttribute("surveys", surveys.of(id, evaluationId));
        model.addAttribute("siteUrl", properties.siteUrl());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("mayEdit", guard.may(user, EDIT, id));
        var external = externals.ofAssessment(user, id, evaluationId).orElse(null);
        model.addAttribute("external", external);
        boolean assigning = guard.administersNationally(user) && assessment.state() == SelfAssessmentState.SOUMISE;
        model.addAttribute("pool", assigning ? pool.experts().stream().filter(ExpertReviews.Expert::active)
                .filter(e -> external == null || external.experts().stream().noneMatch(x -> x.expertId() == e.id()))
                .toList() : List.of());
        return "evaluation/self-assessment";
    }

    @PostMapping(BASE + "/{evaluationId}/soumettre")
    @Requires(EDIT)
    String submit(@PathVariable long id, @PathVariable long evaluationId, @RequestParam long version,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        try {
            assessments.fire(user, id, evaluationId, SelfAssessmentTransition.SUBMIT, version);
            redirect.addFlashAttribute("submitted", true);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        }
        return "redirect:/campus/" + id + "/auto-evaluation/" + evaluationId;
    }

    @GetMapping(BASE + "/{evaluationId}/domaines/{number}")
    @Requires(READ_PRIVATE)
    @ReadInOneTransaction
    String domain(@PathVariable long id, @PathVariable long evaluationId, @PathVariable int number,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var assessment = assessments.read(id, evaluationId);
        var framework = frameworks.framework(assessment.frameworkId());
        var domain = framework.domains().stream().filter(d -> d.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Domaine " + number + " absent de ce référentiel"));
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("assessment", assessment);
        model.addAttribute("framework", framework);
        model.addAttribute("domain", domain);
        model.addAttribute("mayAnswer", assessment.state() == SelfAssessmentState.EN_COURS && guard.may(user, EDIT, id));
        model.addAttribute("views", surveys.views(id, evaluationId));
        return "evaluation/self-assessment-domain";
    }

    @PostMapping(BASE + "/{evaluationId}/references/{code}")
    @Requires(EDIT)
    String answer(@PathVariable long id, @PathVariable long evaluationId, @PathVariable String code, AnswerForm form,
            @RequestParam int domain, @AuthenticationPrincipal CmqUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            assessments.answer(user, id, evaluationId, code, form.version(), form.position(), form.comment(),
                    form.facts() == null ? List.of() : form.facts());
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflictCode", code);
            model.addAttribute("conflict", assessments.read(id, evaluationId).answer(code));
            return domain(id, evaluationId, domain, user, model);
        } catch (InvalidFieldException | RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refusedCode", code);
            model.addAttribute("refusal", refusals.of(e));
            return domain(id, evaluationId, domain, user, model);
        }
        redirect.addFlashAttribute("saved", code);
        return "redirect:/campus/" + id + "/auto-evaluation/" + evaluationId + "/domaines/" + domain + "#ref-"
                + code.replace('.', '-');
    }
}
