package fr.cmq.labelling.web;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Verdict;
import fr.cmq.labelling.Review;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Refusals;

/**
 * The experts' part of a dossier's page: the administration assigns them and reminds the late ones; an expert declares
 * no conflict of interest, scores the criteria and hands in its report. Each comes back to the dossier, a refusal at
 * its top in French.
 */
@Controller
@RequiredArgsConstructor
class ExpertReviewController {

    private static final String SCORE = "score_";
    private static final String COMMENT = "comment_";

    private final ExpertReviews experts;
    private final Refusals refusals;

    @PostMapping("/dossiers/{id}/experts")
    String assign(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Long expertId, RedirectAttributes redirect) {
        return done(id, redirect, "expertise", () -> {
            // no expert chosen is no expert of the pool: refused as such, after the administration's check
            experts.assign(user, id, expertId == null ? 0 : expertId);
            redirect.addFlashAttribute("expertDone", "assigned");
        });
    }

    @PostMapping("/dossiers/{id}/experts/relance")
    String remind(@PathVariable long id, @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        return done(id, redirect, "expertise", () -> redirect.addFlashAttribute("reminded", experts.remindLate(user, id)));
    }

    @PostMapping("/dossiers/{id}/expertise/declaration")
    String declare(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Boolean noConflict, RedirectAttributes redirect) {
        return done(id, redirect, "expertise", () -> {
            experts.declareNoConflict(user, id, Boolean.TRUE.equals(noConflict));
            redirect.addFlashAttribute("expertDone", "declared");
        });
    }

    /** The scores of every criterion of the form at once: {@code score_C01}, {@code comment_C01}… */
    @PostMapping("/dossiers/{id}/expertise/notes")
    String score(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return done(id, redirect, "expertise", () -> {
            var scores = new LinkedHashMap<String, Review.Score>();
            form.forEach((name, value) -> {
                if (name.startsWith(SCORE) && !value.isBlank()) {
                    String code = name.substring(SCORE.length());
                    scores.put(code, new Review.Score(score(value), form.get(COMMENT + code)));
                }
            });
            experts.score(user, id, scores);
            redirect.addFlashAttribute("expertDone", "scored");
        });
    }

    @PostMapping("/dossiers/{id}/expertise/rapport")
    String submit(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Verdict verdict,
            @RequestParam(required = false) @Nullable String report, RedirectAttributes redirect) {
        return done(id, redirect, "expertise", () -> {
            experts.submit(user, id, verdict, report == null ? "" : report);
            redirect.addFlashAttribute("expertDone", "submitted");
        });
    }

    private String done(long id, RedirectAttributes redirect, String anchor, Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:" + DossierController.path(id) + "#" + anchor;
    }

    private static int score(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("score", "Une note de 1 à 4");
        }
    }
}
