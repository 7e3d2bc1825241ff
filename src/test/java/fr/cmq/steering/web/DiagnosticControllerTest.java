package fr.cmq.steering.web;

import static org.mockito.ArgumentMatchers.any;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.steering.CampusPlan;
import fr.cmq.steering.Diagnostic;

/** The campus's diagnostic: its form for the team, its errors with nothing saved, the 409, the pilots sent to read it. */
@WebMvcTest(DiagnosticController.class)
@WithTheGuard
class DiagnosticControllerTest {

    private static final String PATH = "/campus/1/plan/diagnostic";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser PILOT = UserMother.pilot("12");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusPlan plan;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    Documents documents;

    @BeforeEach
    void aCampusWithADiagnostic() {
        CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
        when(plan.diagnosticOf(any(), eq(1L))).thenReturn(Optional.of(diagnostic("Un territoire industriel", 2)));
    }

    @Test
    void theTeamGetsTheDiagnosticAtTheVersionRead() throws Exception {
        mvc.perform(get(PATH).with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/diagnostic"))
                .andExpect(model().attribute("form", DiagnosticForm.of(diagnostic("Un territoire industriel", 2))));
    }

    @Test
    void aPilotIsSentToThePlanWhereItReadsTheDiagnostic() throws Exception {
        mvc.perform(get(PATH).with(user(PILOT))).andExpect(redirectedUrl("/campus/1/plan#diagnostic"));
    }

    @Test
    void aDiagnosticWithoutSummaryNorDateComesBackAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/diagnostic"))
                .andExpect(model().attributeHasFieldErrors("form", "summary", "datedOn"));
        verify(plan, never()).describeDiagnostic(any(), anyLong(), anyLong(), any(), any());
    }

    @Test
    void aChangeMadeMeanwhileIsShownAnd409() throws Exception {
        doThrow(new ObjectOptimisticLockingFailureException("Diagnostic", 1L)).when(plan)
                .describeDiagnostic(any(), anyLong(), anyLong(), any(), any());
        when(plan.diagnosticOf(any(), eq(1L))).thenReturn(Optional.of(diagnostic("Un territoire en transition", 3)));
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("summary", "Un bassin d'emploi")
                        .param("datedOn", "2026-10-01").param("version", "2"))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("conflict", diagnostic("Un territoire en transition", 3)))
                .andExpect(model().attribute("form",
                        new DiagnosticForm("Un bassin d'emploi", LocalDate.of(2026, 10, 1), null, 3L)));
    }

    @Test
    void aPilotIsRefusedBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH).with(user(PILOT)).with(csrf()).param("summary", "Un bassin d'emploi")
                        .param("datedOn", "2026-10-01").param("version", "2"))
                .andExpect(status().isForbidden());
        verify(plan, never()).describeDiagnostic(any(), anyLong(), anyLong(), any(), any());
    }

    private static Diagnostic diagnostic(String summary, long version) {
        return new Diagnostic(1, summary, LocalDate.of(2026, 9, 15), null, null, null, version,
                Instant.parse("2026-11-30T09:00:00Z"), "do.energie@cmq.test");
    }
}
