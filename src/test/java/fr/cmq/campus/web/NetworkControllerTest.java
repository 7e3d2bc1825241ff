package fr.cmq.campus.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.OrganisationType;
import fr.cmq.directory.Establishments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.shared.test.WithTheGuard;

/** A campus's network as its team keeps it: the form of a new member, its field errors, the guard before it all. */
@WebMvcTest(NetworkController.class)
@WithTheGuard
@Import(FixedClock.class)
class NetworkControllerTest {

    private static final String PATH = "/campus/1/reseau";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser PILOT = UserMother.pilot("12");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    CampusRegistry registry;
    @MockitoBean
    Establishments establishments;

    @BeforeEach
    void aCampusWithOneMember() {
        CampusMother.knownTo(directory,
                CampusMother.campus(1, "Énergie et maintenance", CampusMother.member(7, "Forges de Thionville")));
    }

    @Test
    void theTeamGetsTheFormOfANewMember() throws Exception {
        mvc.perform(get(PATH).with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/network"))
                .andExpect(model().attribute("form", MemberForm.empty()))
                .andExpect(content().string(containsString("Forges de Thionville")))
                .andExpect(content().string(containsString("/campus/1/reseau/7/depart")));
    }

    @Test
    void aMemberWithoutANameNorAnUaiIsAFieldErrorAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf())
                        .param("organisationType", OrganisationType.ENTREPRISE.name()).param("contactEmail", "pas une adresse"))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/network"))
                .andExpect(model().attributeHasFieldErrors("form", "name", "contactEmail"));
        verify(registry, never()).addMember(any(), anyLong(), any());
    }

    @Test
    void aCompanyIsAddedByItsName() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf())
                        .param("organisationType", OrganisationType.ENTREPRISE.name()).param("name", "Thermique de l'Est")
                        .param("communeName", "Metz"))
                .andExpect(redirectedUrl(PATH));
        verify(registry).addMember(eq(DIRECTOR), eq(1L), any());
    }

    @Test
    void aPilotIsRefusedBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH).with(user(PILOT)).with(csrf())
                        .param("organisationType", OrganisationType.ENTREPRISE.name()).param("name", "X"))
                .andExpect(status().isForbidden());
        verify(registry, never()).addMember(any(), anyLong(), any());
    }
}
