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

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.OrganisationDetails;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RoleGrant;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.WithTheGuard;

/** The member contact's screen, its view and its field errors, in front of a registry that answers as told. */
@WebMvcTest(OrganisationController.class)
@WithTheGuard
class OrganisationControllerTest {

    private static final String PATH = "/campus/1/reseau/7/coordonnees";
    private static final CmqUser CONTACT = UserMother.contact(1, 7);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusRegistry registry;
    @MockitoBean
    CampusDirectory directory;

    @BeforeEach
    void aCampusWithTheContactsOrganisation() {
        var member = CampusMother.member(7, "Forges de Thionville");
        when(registry.organisation(any(), eq(1L), eq(7L))).thenReturn(member);
        CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance", member));
    }

    @Test
    void showsTheOrganisationAsItIsKept() throws Exception {
        mvc.perform(get(PATH).with(user(CONTACT)))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/organisation"))
                .andExpect(model().attribute("form", OrganisationForm.of(CampusMother.member(7, "Forges de Thionville"))));
    }

    @Test
    void theContactOfAnotherCampusIsRefusedBeforeTheFormIsRead() throws Exception {
        var elsewhere = new CmqUser(6, "autre.contact@cmq.test", "Autre", "x", true,
                List.of(RoleGrant.organisation(2, 7)));
        mvc.perform(post(PATH).with(user(elsewhere)).with(csrf()).param("contactName", "Nadia").param("version", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campus/99/reseau/7/coordonnees").with(user(CONTACT))).andExpect(status().isNotFound());
        verify(registry, never()).updateOrganisation(any(), anyLong(), anyLong(), anyLong(), any());
    }

    @Test
    void aWrongEmailIsAFieldErrorAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(CONTACT)).with(csrf())
                        .param("contactName", "Nadia").param("contactEmail", "pas une adresse").param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/organisation"))
                .andExpect(model().attributeHasFieldErrorCode("form", "contactEmail", "Email"))
                .andExpect(model().attribute("form", Matchers.hasToString(Matchers.containsString("Nadia"))));
        verify(registry, never()).updateOrganisation(any(), anyLong(), anyLong(), anyLong(), any());
    }

    @Test
    void savesWhatWasTypedBlankFieldsAsNothing() throws Exception {
        mvc.perform(post(PATH).with(user(CONTACT)).with(csrf())
                        .param("contactName", "Nadia").param("contactEmail", "nadia@exemple.fr")
                        .param("contactPhone", " ").param("presentation", "Forge et apprentis.").param("version", "2"))
                .andExpect(redirectedUrl(PATH));
        verify(registry).updateOrganisation(CONTACT, 1, 7, 2,
                new OrganisationDetails("Nadia", "nadia@exemple.fr", null, "Forge et apprentis."));
    }

    @Test
    void aChangeMadeMeanwhileIsShownAnd409() throws Exception {
        doThrow(new ObjectOptimisticLockingFailureException("Member", 7L)).when(registry)
                .updateOrganisation(any(), anyLong(), anyLong(), anyLong(), any());
        mvc.perform(post(PATH).with(user(CONTACT)).with(csrf())
                        .param("contactName", "Nadia").param("version", "1"))
                .andExpect(status().isConflict())
                .andExpect(view().name("campus/organisation"))
                .andExpect(model().attributeExists("conflict"))
                .andExpect(model().attribute("form", Matchers.hasToString(Matchers.containsString("version=2"))));
    }
}
