package fr.cmq.training.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.training.FormationMother;
import fr.cmq.training.Formations;
import fr.cmq.training.TrainingOffer;

/** The parcours and passerelles of an offer: forms that come back on the offer page with their errors, the guard. */
@WebMvcTest(PathController.class)
@WithTheGuard
@Import(OfferPage.class)
class PathControllerTest {

    private static final String PATH = "/campus/1/offre";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser CONTACT = UserMother.contact(1, 7);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TrainingOffer offer;
    @MockitoBean
    Formations formations;
    @MockitoBean
    CampusDirectory directory;

    @BeforeEach
    void aCampusWithTwoFormations() {
        CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
        when(formations.ofCampus(1)).thenReturn(List.of(FormationMother.formation(5, 1, 7, "CAP Maintenance", 0),
                FormationMother.formation(6, 1, 7, "Bac pro Maintenance", 0)));
    }

    @Test
    void aParcoursWithoutNameComesBackOnTheOfferAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH + "/parcours").with(user(DIRECTOR)).with(csrf()).param("step1", "5"))
                .andExpect(status().isOk())
                .andExpect(view().name("training/offer"))
                .andExpect(model().attributeHasFieldErrors("parcoursForm", "name"))
                .andExpect(model().attribute("passerelleForm", PathForms.PasserelleForm.blank()));
        verify(offer, never()).addParcours(any(), anyLong(), any());
    }

    @Test
    void stepsTheServiceRefusesLandOnTheFirstStep() throws Exception {
        when(offer.addParcours(any(), anyLong(), any()))
                .thenThrow(new InvalidFieldException("formationIds", "Un parcours enchaîne de 2 à 6 formations"));
        mvc.perform(post(PATH + "/parcours").with(user(DIRECTOR)).with(csrf()).param("name", "Vers le bac pro")
                        .param("step1", "5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("parcoursForm", "step1", "invalid"));
    }

    @Test
    void aPasserelleWithoutConditionsComesBackAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH + "/passerelles").with(user(DIRECTOR)).with(csrf()).param("fromFormationId", "5")
                        .param("toFormationId", "6"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("passerelleForm", "conditions"));
        verify(offer, never()).addPasserelle(any(), anyLong(), any());
    }

    @Test
    void aPasserelleIsAddedAndTheOfferShownAtItsPaths() throws Exception {
        mvc.perform(post(PATH + "/passerelles").with(user(DIRECTOR)).with(csrf()).param("fromFormationId", "5")
                        .param("toFormationId", "6").param("conditions", "Sur dossier, après la première année"))
                .andExpect(redirectedUrl(PATH + "#paths"));
        verify(offer).addPasserelle(eq(DIRECTOR), eq(1L), any());
    }

    @Test
    void aMembersContactIsRefusedBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH + "/parcours").with(user(CONTACT)).with(csrf()).param("name", "Vers le bac pro"))
                .andExpect(status().isForbidden());
        verify(offer, never()).addParcours(any(), anyLong(), any());
    }
}
