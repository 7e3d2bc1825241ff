package fr.cmq.labelling.web;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.ExpertAccounts;
import fr.cmq.identity.Requires;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.shared.InvalidFieldException;

/** The national administration's pool of experts: who they are, their college; one more added from a form. */
@Controller
@RequiredArgsConstructor
class ExpertPoolController {

    private final ExpertReviews experts;
    private final ExpertAccounts accounts;

    @GetMapping("/admin/experts")
    @RequiresNationalAdministration
    String pool(@AuthenticationPrincipal CmqUser user, Model model) {
        var pool = experts.experts();
        model.addAttribute("experts", pool);
        model.addAttribute("standings", accounts.standingOf(pool.stream().map(ExpertReviews.Expert::email).toList()));
        model.addAttribute("colleges", ExpertCollege.values());
        return "labelling/experts";
    }

    @PostMapping("/admin/experts")
    @RequiresNationalAdministration
    String add(@AuthenticationPrincipal CmqUser user, @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable ExpertCollege college, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (college == null) {
                throw new InvalidFieldException("college", "Choisissez le collège de l’expert");
            }
            experts.addExpert(user, email == null ? "" : email, name == null ? "" : name, college);
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e);
            model.addAttribute("typed", new Typed(email, name, college));
            return pool(user, model);
        }
        redirect.addFlashAttribute("added", name);
        return "redirect:/admin/experts";
    }

    /** What was typed, shown again with the error. */
    record Typed(@Nullable String email, @Nullable String name, @Nullable ExpertCollege college) {
    }
}
