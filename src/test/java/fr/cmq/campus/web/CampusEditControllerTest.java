package fr.cmq.campus.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusConflictException;
import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.identity.AuditEntry;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.WithTheGuard;

/** The campus team's profile form: its view, its field errors, the conflict shown, the guard before all of it. */
@WebMvcTest(CampusEditController.class)
@WithTheGuard
@Import(HistoryDetails.class)
class CampusEditControllerTest {

    private static final String PATH = "/campus/1/modifier";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser PILOT = UserMother.pilot("12");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    CampusRegistry registry;
    @MockitoBean
    AuditTrail auditTrail;

    private CampusDetails campus;

    @BeforeEach
    void aCampusOfAcademie12() {
        campus = CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
    }

    @Test
    void theFormShowsTheCampusAsItIsKept() throws Exception {
        mvc.perform(get(PATH).with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/edit"))
                .andExpect(model().attribute("form", ProfileForm.of(campus)));
    }

    @Test
    void aBlankNameIsAFieldErrorAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("name", "").param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/edit"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"));
        verify(registry, never()).updateProfile(any(), anyLong(), anyLong(), any());
    }

    @Test
    void theProfileIsSavedAtTheVersionRead() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("name", "Énergie et maintenance du Nord")
                        .param("version", "3"))
                .andExpect(redirectedUrl("/campus/1"));
        verify(registry).updateProfile(eq(DIRECTOR), eq(1L), eq(3L), any());
    }

    @Test
    void aChangeMadeMeanwhileIsShownAnd409() throws Exception {
        doThrow(new CampusConflictException(campus)).when(registry).updateProfile(any(), anyLong(), anyLong(), any());
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("name", "Autre nom").param("version", "2"))
                .andExpect(status().isConflict())
                .andExpect(view().name("campus/edit"))
                .andExpect(model().attributeExists("conflict", "differences"));
    }

    @Test
    void aPilotIsRefusedBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH).with(user(PILOT)).with(csrf()).param("name", "Autre nom").param("version", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campus/99/modifier").with(user(DIRECTOR))).andExpect(status().isNotFound());
        verify(registry, never()).updateProfile(any(), anyLong(), anyLong(), any());
    }

    @Test
    void theHistoryNamesEachDetailInFrench() throws Exception {
        when(auditTrail.historyOf(eq("campus"), eq((Object) 1L), anyInt())).thenReturn(List.of(new AuditEntry(9,
                Instant.parse("2026-07-14T08:30:00Z"), "do.energie@cmq.test", "CONTRIBUTION", "campus", "1",
                "{\"nature\":\"FINANCIERE\",\"prevue\":false,\"montant\":\"330.00\"}", null)));
        mvc.perform(get("/campus/1/historique").with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Prévue au budget")))
                .andExpect(content().string(containsString("Financière")))
                .andExpect(content().string(containsString("330,00")))
                .andExpect(content().string(containsString("14/07/2026 10:30")))
                .andExpect(content().string(not(containsString("FINANCIERE"))));
    }
}
