package fr.cmq.labelling.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.ExpertAccounts;
import fr.cmq.identity.UserMother;
import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.test.WithTheGuard;

/** The pool of experts the national administration keeps: an expert added, a wrong one shown again as typed. */
@WebMvcTest(ExpertPoolController.class)
@WithTheGuard
class ExpertPoolControllerTest {

    private static final String PAGE = "/admin/experts";
    private static final CmqUser ADMIN = UserMother.nationalAdministrator();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ExpertReviews experts;
    @MockitoBean
    ExpertAccounts accounts;

    @Test
    void thePoolSaysWhereEachExpertsAccountStands() throws Exception {
        given(experts.experts()).willReturn(List.of(
                new ExpertReviews.Expert(1, "H.Leroy@exemple.fr", "Hélène Leroy", ExpertCollege.ACTEURS_ECONOMIQUES, true),
                new ExpertReviews.Expert(2, "p.morel@exemple.fr", "Paul Morel", ExpertCollege.ACTEURS_ECONOMIQUES, true)));
        given(accounts.standingOf(List.of("H.Leroy@exemple.fr", "p.morel@exemple.fr"))).willReturn(Map.of(
                "h.leroy@exemple.fr", new ExpertAccounts.Standing(false, true, null)));
        mvc.perform(get(PAGE).with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Invitation envoyée, sans réponse")))
                .andExpect(content().string(containsString("Aucun compte")));
    }

    @Test
    void anExpertWithoutCollegeComesBackAsTypedAndNothingIsAdded() throws Exception {
        mvc.perform(post(PAGE).with(user(ADMIN)).with(csrf()).param("email", "h.leroy@exemple.fr")
                        .param("name", "Hélène Leroy"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("labelling/experts"))
                .andExpect(model().attribute("typed", new ExpertPoolController.Typed("h.leroy@exemple.fr",
                        "Hélène Leroy", null)))
                .andExpect(content().string(containsString("Choisissez le collège")));
        verify(experts, never()).addExpert(any(), anyString(), anyString(), any());
    }

    @Test
    void whatTheServiceRefusesIsShownBesideWhatWasTyped() throws Exception {
        doThrow(new InvalidFieldException("email", "Cette adresse est déjà celle d’un expert")).when(experts)
                .addExpert(any(), anyString(), anyString(), any());
        mvc.perform(post(PAGE).with(user(ADMIN)).with(csrf()).param("email", "h.leroy@exemple.fr")
                        .param("name", "Hélène Leroy").param("college", ExpertCollege.ACTEURS_ECONOMIQUES.name()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("déjà celle d’un expert")));
    }

    @Test
    void anExpertAddedIsSaid() throws Exception {
        mvc.perform(post(PAGE).with(user(ADMIN)).with(csrf()).param("email", "h.leroy@exemple.fr")
                        .param("name", "Hélène Leroy").param("college", ExpertCollege.ACTEURS_ECONOMIQUES.name()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("added", "Hélène Leroy"));
        verify(experts).addExpert(eq(ADMIN), eq("h.leroy@exemple.fr"), eq("Hélène Leroy"),
                eq(ExpertCollege.ACTEURS_ECONOMIQUES));
    }

    @Test
    void aPilotIsRefused() throws Exception {
        mvc.perform(post(PAGE).with(user(UserMother.pilot("12"))).with(csrf()).param("email", "h.leroy@exemple.fr")
                        .param("name", "Hélène Leroy").param("college", ExpertCollege.ACTEURS_ECONOMIQUES.name()))
                .andExpect(status().isForbidden());
        verify(experts, never()).addExpert(any(), anyString(), anyString(), any());
    }
}
