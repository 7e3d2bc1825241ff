package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.evaluation.Audience;
import fr.cmq.evaluation.NetworkSurveys;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Refusals;

/** The team opens a questionnaire of its self-evaluation to a group of its network on a domain, and closes it. */
@Controller
@RequiredArgsConstructor
class NetworkSurveyController {

    private static final String BASE = "/campus/{id}/auto-evaluation/{evaluationId}/questionnaires";

    private final NetworkSurveys surveys;
    private final Refusals refusals;

    @PostMapping(BASE)
    @Requires(EDIT)
    String open(@PathVariable long id, @PathVariable long evaluationId,
            @RequestParam(required = false) @Nullable Audience audience,
            @RequestParam(required = false) @Nullable Integer domain, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        try {
            if (audience == null || domain == null) {
                throw new InvalidFieldException(audience == null ? "audience" : "domain", "Choisissez un groupe et un domaine");
            }
            surveys.open(user, id, evaluationId, audience, domain);
            redirect.addFlashAttribute("surveyOpened", true);
        } catch (InvalidFieldException | RuleViolationException e) {
            redirect.addFlashAttribute("surveyRefusal", refusals.of(e));
        }
        return "redirect:/campus/" + id + "/auto-evaluation/" + evaluationId + "#questionnaires";
    }

    @PostMapping(BASE + "/{surveyId}/cloture")
    @Requires(EDIT)
    String close(@PathVariable long id, @PathVariable long evaluationId, @PathVariable long surveyId,
            @AuthenticationPrincipal CmqUser user) {
        surveys.close(user, id, surveyId);
        return "redirect:/campus/" + id + "/auto-evaluation/" + evaluationId + "#questionnaires";
    }
}
