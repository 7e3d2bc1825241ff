package fr.cmq.campus.web;

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

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.SiteKind;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.test.WithTheGuard;

/** A campus's sites as its team keeps them: the form, its field errors, a refused rule said in French, the guard. */
@WebMvcTest(SitesController.class)
@WithTheGuard
class SitesControllerTest {

    private static final String PATH = "/campus/1/sites";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser CONTACT = UserMother.contact(1, 7);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    CampusSites sites;

    @BeforeEach
    void aCampusWithoutSites() {
        var campus = CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
    }

    @Test
    void theTeamGetsTheFormOfANewSite() throws Exception {
        mvc.perform(get(PATH).with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/sites"))
                .andExpect(model().attribute("form", SiteForm.empty()));
    }

    @Test
    void aSiteWithoutANameIsAFieldErrorAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("kind", SiteKind.SITE.name()).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/sites"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"));
        verify(sites, never()).add(any(), anyLong(), any());
    }

    @Test
    void aRefusedRuleComesBackInFrenchWithWhatWasTyped() throws Exception {
        doThrow(new RuleViolationException("rule.site.coordinates.pair")).when(sites).add(any(), anyLong(), any());
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("kind", SiteKind.SITE.name())
                        .param("name", "Plateau technique").param("latitude", "49.35"))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/sites"))
                .andExpect(model().attribute("refusal", "Donnez la latitude et la longitude, ou aucune des deux."))
                .andExpect(model().attribute("form", Matchers.hasToString(Matchers.containsString("Plateau technique"))));
    }

    @Test
    void aSiteIsAddedAndTheListShown() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("kind", SiteKind.SITE.name())
                        .param("name", "Plateau technique").param("commune", "Thionville"))
                .andExpect(redirectedUrl(PATH));
        verify(sites).add(eq(DIRECTOR), eq(1L), any());
    }

    @Test
    void aMembersContactIsRefusedBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH).with(user(CONTACT)).with(csrf()).param("kind", SiteKind.SITE.name()).param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campus/42/sites").with(user(DIRECTOR))).andExpect(status().isNotFound());
        verify(sites, never()).add(any(), anyLong(), any());
    }
}
