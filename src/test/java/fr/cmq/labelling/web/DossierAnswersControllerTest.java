package fr.cmq.labelling.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.labelling.DossierAnswers;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Fact;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.shared.web.PdfDownload;

/**
 * The answers of a dossier, criterion by criterion: the page's form goes back to its criterion with what happened, and
 * the page's autosave gets the dossier's new version, or the message to show beside the answer, which stays as typed.
 */
@WebMvcTest(DossierController.class)
@WithTheGuard
@Import(FixedClock.class)
class DossierAnswersControllerTest {

    private static final String ANSWER = "/dossiers/3/reponses/RESEAU_ENTREPRISES";
    private static final CmqUser DIRECTOR = UserMother.director(1);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    LabelDossiers dossiers;
    @MockitoBean
    DossierWorkflow workflow;
    @MockitoBean
    DossierAnswers answering;
    @MockitoBean
    ExpertReviews experts;
    @MockitoBean
    PdfDownload pdfs;
    @MockitoBean
    Documents documents;

    @Test
    void anAnswerSavedGoesBackToItsCriterion() throws Exception {
        mvc.perform(post(ANSWER).with(user(DIRECTOR)).with(csrf()).param("text", "Douze entreprises du bassin")
                        .param("facts", "RESEAU").param("version", "7"))
                .andExpect(redirectedUrl("/dossiers/3#critere-RESEAU_ENTREPRISES"))
                .andExpect(flash().attribute("saved", "RESEAU_ENTREPRISES"));
        verify(answering).answer(DIRECTOR, 3, 7, "RESEAU_ENTREPRISES", "Douze entreprises du bassin",
                List.of(Fact.RESEAU));
    }

    @Test
    void anAnswerTheDossierNoLongerTakesIsSaidOnTheDossier() throws Exception {
        when(answering.answer(any(), anyLong(), anyLong(), anyString(), any(), any()))
                .thenThrow(new RuleViolationException("rule.dossier.transition", "modifier", "Déposé"));
        mvc.perform(post(ANSWER).with(user(DIRECTOR)).with(csrf()).param("text", "Douze entreprises")
                        .param("version", "7"))
                .andExpect(redirectedUrl("/dossiers/3"))
                .andExpect(flash().attribute("refusal", containsString("On ne peut pas modifier")));
    }

    @Test
    void theAutosaveGetsTheNewVersion() throws Exception {
        when(answering.answer(eq(DIRECTOR), eq(3L), eq(7L), eq("RESEAU_ENTREPRISES"), any(), any())).thenReturn(8L);
        mvc.perform(post(ANSWER).header("X-Autosave", "1").with(user(DIRECTOR)).with(csrf()).param("text", "Douze")
                        .param("version", "7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(8));
    }

    @Test
    void theAutosaveOfAStaleAnswerIsA409WithWhatToDo() throws Exception {
        when(answering.answer(any(), anyLong(), anyLong(), anyString(), any(), any()))
                .thenThrow(new ObjectOptimisticLockingFailureException("Dossier", 3L));
        mvc.perform(post(ANSWER).header("X-Autosave", "1").with(user(DIRECTOR)).with(csrf()).param("text", "Douze")
                        .param("version", "6"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("rechargez la page")));
    }

    @Test
    void theAutosaveOfATooLongAnswerNamesItsField() throws Exception {
        when(answering.answer(any(), anyLong(), anyLong(), anyString(), any(), any()))
                .thenThrow(new InvalidFieldException("text", "20 000 caractères au plus"));
        mvc.perform(post(ANSWER).header("X-Autosave", "1").with(user(DIRECTOR)).with(csrf()).param("text", "Douze")
                        .param("version", "7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("text"))
                .andExpect(jsonPath("$.message").value("20 000 caractères au plus"));
    }
}
