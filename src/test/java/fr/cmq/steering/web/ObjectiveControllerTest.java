package fr.cmq.steering.web;

import static org.hamcrest.Matchers.containsString;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.campus.Finalite;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusPlan;
import fr.cmq.steering.Objective;

/**
 * The strategic objectives of a plan: a new one's form comes back on the plan page with its errors; an objective's own
 * form with its errors, or with 409 and the objective as someone else left it; the guard before.
 */
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

    @Test
    void theEditFormShowsTheObjectiveAtTheVersionRead() throws Exception {
        when(plan.objective(1, 5)).thenReturn(objective("Attirer les jeunes", 3));
        mvc.perform(get(PATH + "/5").with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/objective"))
                .andExpect(model().attribute("form", ObjectiveForm.of(objective("Attirer les jeunes", 3))))
                .andExpect(content().string(containsString("Attirer les jeunes")));
    }

    @Test
    void anEditWithoutTitleComesBackWithItsErrorAndNothingIsSaved() throws Exception {
        when(plan.objective(1, 5)).thenReturn(objective("Attirer les jeunes", 3));
        mvc.perform(post(PATH + "/5").with(user(DIRECTOR)).with(csrf()).param("objectiveTitle", "").param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/objective"))
                .andExpect(model().attributeHasFieldErrorCode("form", "objectiveTitle", "NotBlank"));
        verify(plan, never()).updateObjective(any(), anyLong(), anyLong(), anyLong(), any());
    }

    @Test
    void anEditIsSavedAtTheVersionRead() throws Exception {
        when(plan.objective(1, 5)).thenReturn(objective("Attirer les jeunes", 3));
        mvc.perform(post(PATH + "/5").with(user(DIRECTOR)).with(csrf()).param("objectiveTitle", "Attirer les collégiens")
                        .param("version", "3"))
                .andExpect(redirectedUrl("/campus/1/plan"))
                .andExpect(flash().attributeExists("objectiveSaved"));
        verify(plan).updateObjective(eq(DIRECTOR), eq(1L), eq(5L), eq(3L), any());
    }

    @Test
    void aStaleEditIsA409WithTheObjectiveAsItNowStands() throws Exception {
        when(plan.objective(1, 5)).thenReturn(objective("Attirer les jeunes", 3), objective("Attirer les lycéens", 4));
        doThrow(new ObjectOptimisticLockingFailureException("strategic_objective", 5L)).when(plan)
                .updateObjective(any(), anyLong(), anyLong(), anyLong(), any());
        mvc.perform(post(PATH + "/5").with(user(DIRECTOR)).with(csrf()).param("objectiveTitle", "Attirer les collégiens")
                        .param("version", "3"))
                .andExpect(status().isConflict())
                .andExpect(view().name("steering/objective"))
                .andExpect(model().attribute("form", new ObjectiveForm("Attirer les collégiens", null, null, null, null, 4L)))
                .andExpect(content().string(containsString("Attirer les lycéens")));
    }

    @Test
    void aPilotCannotOpenTheEditForm() throws Exception {
        mvc.perform(get(PATH + "/5").with(user(PILOT))).andExpect(status().isForbidden());
        verify(plan, never()).objective(anyLong(), anyLong());
    }

    private static Objective objective(String title, long version) {
        return new Objective(5, 1, title, null, List.of(Finalite.ATTRACTIVITE_VOIE_PRO), 2026, 2029, version,
                Instant.parse("2026-11-30T09:00:00Z"), "do.energie@cmq.test");
    }
}
