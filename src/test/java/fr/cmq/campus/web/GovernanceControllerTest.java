package fr.cmq.campus.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusGovernance;
import fr.cmq.campus.CampusMother;
import fr.cmq.campus.InstanceKind;
import fr.cmq.campus.web.GovernanceForms.InstanceForm;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.WithTheGuard;

/** A campus's governance: its pilots read it, its team adds an instance; field errors save nothing. */
@WebMvcTest(GovernanceController.class)
@WithTheGuard
class GovernanceControllerTest {

    private static final String PATH = "/campus/1/gouvernance";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser PILOT = UserMother.pilot("12");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    CampusGovernance governance;

    @BeforeEach
    void aCampusOfAcademie12() {
        var campus = CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
    }

    @Test
    void itsPilotReadsItWithoutTheFormsToChangeIt() throws Exception {
        mvc.perform(get(PATH).with(user(PILOT)))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/governance"))
                .andExpect(model().attribute("mayEdit", false));
    }

    @Test
    void theTeamGetsTheFormOfANewInstance() throws Exception {
        mvc.perform(get(PATH).with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", InstanceForm.empty()))
                .andExpect(model().attribute("mayEdit", true));
    }

    @Test
    void anInstanceWithoutKindNorNameIsAFieldErrorAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/governance"))
                .andExpect(model().attributeHasFieldErrors("form", "kind", "name"));
        verify(governance, never()).addInstance(any(), anyLong(), any(), any());
    }

    @Test
    void anInstanceIsAddedAndTheGovernanceShown() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf())
                        .param("kind", InstanceKind.COMITE_PILOTAGE.name()).param("name", "Comité de pilotage"))
                .andExpect(redirectedUrl(PATH));
        verify(governance).addInstance(eq(DIRECTOR), eq(1L), eq(InstanceKind.COMITE_PILOTAGE), eq("Comité de pilotage"));
    }

    @Test
    void aPilotIsRefusedTheWritesBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH).with(user(PILOT)).with(csrf())
                        .param("kind", InstanceKind.COMITE_PILOTAGE.name()).param("name", "Comité"))
                .andExpect(status().isForbidden());
        verify(governance, never()).addInstance(any(), anyLong(), any(), any());
    }
}
