package fr.cmq.campus.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.Category;
import fr.cmq.campus.NewCampus;
import fr.cmq.directory.Filiere;
import fr.cmq.directory.Filieres;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.territory.Academie;
import fr.cmq.territory.Region;
import fr.cmq.territory.Territories;

/** A campus created from the screens: its form for those who may create one, its errors, then the campus's page. */
@WebMvcTest(CampusCreationController.class)
@WithTheGuard
class CampusCreationControllerTest {

    private static final String PATH = "/campus/nouveau";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusRegistry registry;
    @MockitoBean
    Filieres filieres;
    @MockitoBean
    Territories territories;

    @BeforeEach
    void theReferenceData() {
        when(filieres.all()).thenReturn(List.of(new Filiere("NUMERIQUE", "Numérique")));
        when(territories.regions()).thenReturn(List.of(new Region("44", "Grand Est")));
        when(territories.academies()).thenReturn(List.of(new Academie("12", "Nancy-Metz", "44", "Grand Est")));
    }

    @Test
    void theAdministrationAndThePilotsGetTheForm() throws Exception {
        for (var creator : List.of(UserMother.nationalAdministrator(), UserMother.pilot("12"))) {
            mvc.perform(get(PATH).with(user(creator)))
                    .andExpect(status().isOk())
                    .andExpect(view().name("campus/new"))
                    .andExpect(model().attribute("form", NewCampusForm.blank()))
                    .andExpect(content().string(containsString("<option value=\"NUMERIQUE\">Numérique</option>")))
                    .andExpect(content().string(containsString("Nancy-Metz (Grand Est)")));
        }
    }

    @Test
    void aCampusWithoutNameNorAcademyComesBackAndNothingIsCreated() throws Exception {
        mvc.perform(post(PATH).with(user(UserMother.nationalAdministrator())).with(csrf())
                        .param("filiereCode", "NUMERIQUE").param("category", "CMQ").param("regionCode", "44"))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/new"))
                .andExpect(model().attributeHasFieldErrors("form", "name", "academieCodes"));
        verify(registry, never()).create(any(), any());
    }

    @Test
    void anAcademyOutsideTheRegionIsSaidOnItsField() throws Exception {
        when(registry.create(any(), any())).thenThrow(new InvalidFieldException("academieCodes",
                "L'académie n'est pas de la région du campus."));
        mvc.perform(filled(post(PATH)).with(user(UserMother.nationalAdministrator())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "academieCodes", "invalid"));
    }

    @Test
    void aCampusCreatedIsShownOnItsPage() throws Exception {
        when(registry.create(any(), any())).thenReturn(42L);
        mvc.perform(filled(post(PATH)).with(user(UserMother.pilot("12"))).with(csrf()))
                .andExpect(redirectedUrl("/campus/42"));
        verify(registry).create(eq(UserMother.pilot("12")), eq(new NewCampus("Campus du numérique lorrain",
                "NUMERIQUE", Category.CMQ, "44", Set.of("12"), null)));
    }

    @Test
    void aCampusTeamIsRefusedBeforeTheFormIsRead() throws Exception {
        mvc.perform(get(PATH).with(user(UserMother.director(1)))).andExpect(status().isForbidden());
        mvc.perform(filled(post(PATH)).with(user(UserMother.director(1))).with(csrf()))
                .andExpect(status().isForbidden());
        verify(registry, never()).create(any(), any());
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return request.param("name", "Campus du numérique lorrain").param("filiereCode", "NUMERIQUE")
                .param("category", "CMQ").param("regionCode", "44").param("academieCodes", "12");
    }
}
