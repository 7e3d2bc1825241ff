package fr.cmq.steering.web;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusPlan;

/** The strategic objectives of a plan: a form that comes back on the plan page with its errors, the guard before. */
@WebMvcTest(ObjectiveController.class)
@WithTheGuard
@Import({ PlanPage.class, FixedClock.class })
class ObjectiveControllerTest {

    private static final String PATH = "/campus/1/plan/objectifs";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser PILOT = UserMother.pilot("12");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusPlan plan;
    @MockitoBean
    CampusActions campusActions;
    @MockitoBean
    CampusDirectory directory;

    @BeforeEach
    void aCampusWithAnEmptyPlan() {
        var campus = CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
        when(campusActions.actions(any(), eq(1L), any(), anyInt(), anyInt()))
                .thenReturn(PageResponse.of(List.of(), 0, ActionController.PAGE_SIZE, 0));
    }

    @Test
    void anObjectiveWithoutTitleComesBackOnThePlanAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("objectiveTitle", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/plan"))
                .andExpect(model().attributeHasFieldErrorCode("objectiveForm", "objectiveTitle", "NotBlank"));
        verify(plan, never()).addObjective(any(), anyLong(), any());
    }

    @Test
    void whatTheServiceRefusesLandsOnItsField() throws Exception {
        doThrow(new InvalidFieldException("description", "4000 caractères au plus")).when(plan)
                .addObjective(any(), anyLong(), any());
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("objectiveTitle", "Attirer les jeunes"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/plan"))
                .andExpect(model().attributeHasFieldErrorCode("objectiveForm", "objectiveDescription", "invalid"));
    }

    @Test
    void anObjectiveIsAddedAndThePlanShown() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("objectiveTitle", "Attirer les jeunes")
                        .param("finalites", "ATTRACTIVITE_VOIE_PRO").param("firstYear", "2026").param("lastYear", "2029"))
                .andExpect(redirectedUrl("/campus/1/plan"));
        verify(plan).addObjective(eq(DIRECTOR), eq(1L), any());
    }

    @Test
    void aPilotIsRefusedBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH).with(user(PILOT)).with(csrf()).param("objectiveTitle", "Attirer les jeunes"))
                .andExpect(status().isForbidden());
        verify(plan, never()).addObjective(any(), anyLong(), any());
    }
}
