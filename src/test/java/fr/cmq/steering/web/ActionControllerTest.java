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
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.steering.Action;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.CampusPlan;

/** An action of the plan: its form, its field errors with nothing saved, the 409 with the action as it now stands. */
@WebMvcTest(ActionController.class)
@WithTheGuard
@Import({ PlanPage.class, FixedClock.class })
class ActionControllerTest {

    private static final String PATH = "/campus/1/plan/actions";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser PILOT = UserMother.pilot("12");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusPlan plan;
    @MockitoBean
    CampusActions campusActions;
    @MockitoBean
    CampusIndicators indicators;
    @MockitoBean
    CampusDirectory directory;

    @BeforeEach
    void aCampusWithAnAction() {
        CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
        when(campusActions.action(any(), eq(1L), eq(5L))).thenReturn(action("Forum des métiers", 2),
                action("Forum des métiers de l'énergie", 3));
    }

    @Test
    void theTeamGetsABlankFormUnderTheObjectiveChosen() throws Exception {
        mvc.perform(get(PATH + "/nouvelle").with(user(DIRECTOR)).param("objectif", "4"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/action"))
                .andExpect(model().attribute("form", ActionForm.blank(4L)));
    }

    @Test
    void missingFieldsComeBackAsFieldErrorsAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("title", "Forum des métiers"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/action"))
                .andExpect(model().attributeHasFieldErrors("form", "pilotName", "startsOn", "endsOn"));
        verify(campusActions, never()).addAction(any(), anyLong(), any());
    }

    @Test
    void whatTheServiceRefusesLandsOnItsField() throws Exception {
        when(campusActions.addAction(any(), anyLong(), any()))
                .thenThrow(new InvalidFieldException("endsOn", "La fin suit le début"));
        mvc.perform(filled(post(PATH)).with(user(DIRECTOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "endsOn", "invalid"));
    }

    @Test
    void anActionAddedIsShownOnItsPage() throws Exception {
        when(campusActions.addAction(any(), anyLong(), any())).thenReturn(5L);
        mvc.perform(filled(post(PATH)).with(user(DIRECTOR)).with(csrf()))
                .andExpect(redirectedUrl(PATH + "/5"));
        verify(campusActions).addAction(eq(DIRECTOR), eq(1L), any());
    }

    @Test
    void aChangeMadeMeanwhileIsShownAnd409() throws Exception {
        doThrow(new ObjectOptimisticLockingFailureException("Action", 5L)).when(campusActions)
                .updateAction(any(), anyLong(), anyLong(), anyLong(), any());
        mvc.perform(filled(post(PATH + "/5")).with(user(DIRECTOR)).with(csrf()).param("version", "2"))
                .andExpect(status().isConflict())
                .andExpect(view().name("steering/action"))
                .andExpect(model().attribute("conflict", action("Forum des métiers de l'énergie", 3)));
    }

    @Test
    void aPilotIsRefusedEveryWriteBeforeTheFormIsRead() throws Exception {
        mvc.perform(filled(post(PATH)).with(user(PILOT)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(filled(post(PATH + "/5")).with(user(PILOT)).with(csrf()).param("version", "2"))
                .andExpect(status().isForbidden());
        verify(campusActions, never()).addAction(any(), anyLong(), any());
        verify(campusActions, never()).updateAction(any(), anyLong(), anyLong(), anyLong(), any());
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return request.param("title", "Forum des métiers").param("pilotName", "Claire Durand")
                .param("startsOn", "2027-01-11").param("endsOn", "2027-03-26").param("status", "PREVUE");
    }

    private static Action action(String title, long version) {
        return new Action(5, 1, null, null, title, null, "Claire Durand", null, null, List.of(),
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26), ActionStatus.PREVUE, null, null, null, List.of(),
                List.of(), false, version, Instant.parse("2026-11-30T09:00:00Z"), "do.energie@cmq.test", null);
    }
}
