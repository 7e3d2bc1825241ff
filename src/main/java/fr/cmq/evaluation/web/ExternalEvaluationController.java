package fr.cmq.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.ExternalEvaluations;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.DocumentDownloads;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.web.ReadInOneTransaction;
import fr.cmq.shared.web.Refusals;

/**
 * The experts' side of an external evaluation: the evaluations each is assigned, the declaration of no conflict of
 * interest that opens one, the positions référence by référence beside the team's, a verdict per domain and overall,
 * the publication. Who may read and write is checked on the evaluation itself ({@link ExternalEvaluations}) before
 * anything is read.
 */
@Controller
@RequiredArgsConstructor
class ExternalEvaluationController {

    private static final String BASE = "/evaluations-externes";

    private final ExternalEvaluations externals;
    private final SelfAssessments assessments;
    private final Frameworks frameworks;
    private final CampusDirectory campuses;
    private final Refusals refusals;
    private final Documents store;

    @GetMapping(BASE)
    @ReadInOneTransaction
    String assigned(@AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("assignments", externals.assignedTo(user));
        return "evaluation/expert-evaluations";
    }

    @GetMapping(BASE + "/{evaluationId}")
    @ReadInOneTransaction
    String evaluation(@PathVariable long evaluationId, @AuthenticationPrincipal CmqUser user, Model model) {
        var evaluation = externals.read(user, evaluationId);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("campus", campuses.get(evaluation.campusId()));
        if (!evaluation.sealed()) {
            var assessment = assessments.read(evaluation.campusId(), evaluation.assessmentId());
            var framework = frameworks.framework(assessment.frameworkId());
            model.addAttribute("assessment", assessment);
            model.addAttribute("framework", framework);
            model.addAttribute("missing", evaluation.missing(framework));
        }
        model.addAttribute("verdicts", Verdict.values());
        return "evaluation/external-evaluation";
    }

    @GetMapping(BASE + "/{evaluationId}/domaines/{number}")
    @ReadInOneTransaction
    String domain(@PathVariable long evaluationId, @PathVariable int number, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var evaluation = externals.read(user, evaluationId);
        if (evaluation.sealed()) {
            return "redirect:" + BASE + "/" + evaluationId;
        }
        var assessment = assessments.read(evaluation.campusId(), evaluation.assessmentId());
        var framework = frameworks.framework(assessment.frameworkId());
        model.addAttribute("domain", framework.domains().stream().filter(d -> d.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Domaine " + number + " absent de ce référentiel")));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("assessment", assessment);
        model.addAttribute("campus", campuses.get(evaluation.campusId()));
        model.addAttribute("verdicts", Verdict.values());
        return "evaluation/external-evaluation-domain";
    }

    @GetMapping(BASE + "/{evaluationId}/documents/{documentId}")
    ResponseEntity<Resource> document(@PathVariable long evaluationId, @PathVariable long documentId,
            @AuthenticationPrincipal CmqUser user) {
        return DocumentDownloads.serve(store, externals.document(user, evaluationId, documentId), false);
    }

    @PostMapping(BASE + "/{evaluationId}/declaration")
    String declare(@PathVariable long evaluationId, @RequestParam(required = false) @Nullable Boolean noConflict,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        return done(evaluationId, "", null, redirect, () -> externals.declareNoConflict(user, evaluationId,
                Boolean.TRUE.equals(noConflict)));
    }

    @PostMapping(BASE + "/{evaluationId}/references/{code}")
    String position(@PathVariable long evaluationId, @PathVariable String code, @RequestParam int domain,
            @RequestParam long version, @RequestParam(required = false) @Nullable Integer position,
            @RequestParam(required = false) @Nullable String comment, @AuthenticationPrincipal CmqUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            externals.position(user, evaluationId, code, version, position, comment);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflictCode", code);
            model.addAttribute("conflict", externals.read(user, evaluationId).position(code));
            return domain(evaluationId, domain, user, model);
        } catch (InvalidFieldException | RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refusedCode", code);
            model.addAttribute("refusal", refusals.of(e));
            return domain(evaluationId, domain, user, model);
        }
        redirect.addFlashAttribute("saved", code);
        return "redirect:" + BASE + "/" + evaluationId + "/domaines/" + domain + "#ref-" + code.replace('.', '-');
    }

    @PostMapping(BASE + "/{evaluationId}/domaines/{number}")
    String judge(@PathVariable long evaluationId, @PathVariable int number, @RequestParam long version,
            @RequestParam(required = false) @Nullable Verdict verdict,
            @RequestParam(required = false) @Nullable String reasons, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        return done(evaluationId, "/domaines/" + number + "#verdict", reasons, redirect,
                () -> externals.judgeDomain(user, evaluationId, number, version, verdict, reasons));
    }

    @PostMapping(BASE + "/{evaluationId}/avis")
    String conclude(@PathVariable long evaluationId, @RequestParam long version,
            @RequestParam(required = false) @Nullable Verdict verdict,
            @RequestParam(required = false) @Nullable String reasons, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        return done(evaluationId, "#verdict", reasons, redirect,
                () -> externals.conclude(user, evaluationId, version, verdict, reasons));
    }

    @PostMapping(BASE + "/{evaluationId}/publier")
    String publish(@PathVariable long evaluationId, @RequestParam long version, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        return done(evaluationId, "", null, redirect, () -> externals.publish(user, evaluationId, version));
    }

    /**
     * Does it, and comes back to the page with what was done or why it was refused (a conflict said as such), the
     * reasons typed given back to their form when refused.
     */
    private String done(long evaluationId, String back, @Nullable String typed, RedirectAttributes redirect,
            Runnable act) {
        try {
            act.run();
            redirect.addFlashAttribute("done", true);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("stale", true);
            redirect.addFlashAttribute("typed", typed);
        } catch (InvalidFieldException | RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:" + BASE + "/" + evaluationId + back;
    }
}
