package fr.cmq.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;

/**
 * How a missing thing, a concurrent change and a refused rule reach people: an error page for screens, a ProblemDetail
 * for the API.
 */
@WebMvcTest(controllers = { PageErrorAdviceTest.Pages.class, PageErrorAdviceTest.Api.class })
@Import({ PageErrorAdviceTest.Pages.class, PageErrorAdviceTest.Api.class })
@WithMockUser
class PageErrorAdviceTest {

    @Autowired
    MockMvc mvc;

    @Controller
    static class Pages {
        @GetMapping("/essai/introuvable")
        String missing() {
            throw new NotFoundException("Campus 42 introuvable");
        }

        @GetMapping("/essai/conflit")
        String conflict() {
            throw new OptimisticLockingFailureException("version 3 expected, 4 found");
        }

        @GetMapping("/essai/regle")
        String rule() {
            throw new RuleViolationException("rule.selfassessment.under-way");
        }

        @GetMapping("/essai/champ")
        String field() {
            throw new InvalidFieldException("position", "Une position de 1 à 4");
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api/v1/essai/introuvable")
        String missing() {
            throw new NotFoundException("Campus 42 introuvable");
        }

        @GetMapping("/api/v1/essai/conflit")
        String conflict() {
            throw new OptimisticLockingFailureException("version 3 expected, 4 found");
        }
    }

    @Test
    void aPageShowsTheNotFoundAndConflictPages() throws Exception {
        mvc.perform(get("/essai/introuvable")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
        mvc.perform(get("/essai/conflit"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error/409"))
                .andExpect(content().string(Matchers.containsString("Modification en conflit")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("version 3"))));
    }

    @Test
    void aRuleOrAFieldAPageDidNotAnswerItselfIsSaidOnAPageNeverA500() throws Exception {
        mvc.perform(get("/essai/regle"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("error/422"))
                .andExpect(content().string(Matchers.containsString("Une auto-évaluation est déjà en cours pour ce campus.")));
        mvc.perform(get("/essai/champ"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Une position de 1 à 4")));
    }

    @Test
    void theApiAnswersProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/essai/introuvable"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Campus 42 introuvable"));
        mvc.perform(get("/api/v1/essai/conflit"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Modification en conflit"))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("version 3"))));
    }
}
