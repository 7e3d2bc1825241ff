package fr.cmq.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.cmq.evaluation.NetworkSurveys;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Refusals;

/**
 * A questionnaire of the network as its link shows it, to anyone holding the link, without an account: the domain's
 * références to position on the scale of four steps, answered once per browser session, anonymously.
 */
@Controller
@RequiredArgsConstructor
class QuestionnaireController {

    private static final String POSITION = "position_";

    private final NetworkSurveys surveys;
    private final Refusals refusals;

    @GetMapping("/questionnaires/{token}")
    String questionnaire(@PathVariable String token, Model model) {
        model.addAttribute("questionnaire", surveys.questionnaire(token)
                .orElseThrow(() -> new NotFoundException("Questionnaire introuvable")));
        return "evaluation/questionnaire";
    }

    /** The answers as the form sends them: {@code position_1.2.1=3}… */
    @PostMapping("/questionnaires/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> form, HttpSession session, Model model,
            HttpServletResponse response) {
        var positions = new LinkedHashMap<String, Integer>();
        try {
            form.forEach((name, value) -> {
                if (name.startsWith(POSITION) && !value.isBlank()) {
                    positions.put(name.substring(POSITION.length()), position(value));
                }
            });
            model.addAttribute("answered", surveys.answer(token, session.getId(), positions) ? "first" : "again");
        } catch (InvalidFieldException | RuleViolationException e) {
            response.setStatus(e instanceof InvalidFieldException ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refusals.of(e));
            model.addAttribute("typed", positions);
        }
        return questionnaire(token, model);
    }

    private static int position(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("position", "Une réponse de 1 à 4 à chaque question");
        }
    }
}
