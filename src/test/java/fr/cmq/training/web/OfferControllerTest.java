package fr.cmq.training.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;

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
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.Member;
import fr.cmq.directory.Certifications;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.training.FormationMother;
import fr.cmq.training.Formations;
import fr.cmq.training.TrainingOffer;

/**
 * A campus's offer as its team and its members' contacts keep it: the certification looked for first, a formation's
 * form with its errors and nothing saved, the 409, and a contact kept to its own organisation's formations.
 */
@WebMvcTest(OfferController.class)
@WithTheGuard
@Import(OfferPage.class)
class OfferControllerTest {

    private static final String PATH = "/campus/1/offre";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser OTHER_CONTACT = UserMother.contact(1, 8);
    private static final Member LYCEE = CampusMother.member(7, "Lycée Camille Claudel");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TrainingOffer offer;
    @MockitoBean
    Formations formations;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    CampusSites sites;
    @MockitoBean
    Certifications certifications;

    @BeforeEach
    void aCampusWithOneFormation() {
        var campus = CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance", LYCEE));
        when(offer.membersKeptBy(any(), eq(campus))).thenReturn(List.of(LYCEE));
        when(formations.find(5)).thenReturn(
                Optional.of(FormationMother.formation(5, 1, 7, "CAP Maintenance des matériels", 2)),
                Optional.of(FormationMother.formation(5, 1, 7, "CAP Maintenance des matériels agricoles", 3)));
    }

    @Test
    void aNewFormationStartsWithTheCertificationLookedFor() throws Exception {
        mvc.perform(get(PATH + "/nouvelle").with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("training/choose-certification"));
    }

    @Test
    void aFormationOutsideTheReferenceHasItsFormForTheOnlyMemberKept() throws Exception {
        mvc.perform(get(PATH + "/nouvelle").with(user(DIRECTOR)).param("horsReferentiel", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("training/form"))
                .andExpect(model().attribute("form", FormationForm.blank(7L, null)));
    }

    @Test
    void aFormationWithoutMemberAtAnImpossibleLevelComesBackAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("level", "12"))
                .andExpect(status().isOk())
                .andExpect(view().name("training/form"))
                .andExpect(model().attributeHasFieldErrors("form", "memberId", "level"));
        verify(offer, never()).add(any(), anyLong(), any());
    }

    @Test
    void aFormationAddedIsShownInTheOffer() throws Exception {
        when(offer.add(any(), anyLong(), any())).thenReturn(9L);
        mvc.perform(filled(post(PATH)).with(user(DIRECTOR)).with(csrf()))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("saved", 9L));
    }

    @Test
    void aChangeMadeMeanwhileIsShownAnd409() throws Exception {
        doThrow(new ObjectOptimisticLockingFailureException("Formation", 5L)).when(offer)
                .update(any(), anyLong(), anyLong(), anyLong(), any());
        mvc.perform(filled(post(PATH + "/5")).with(user(DIRECTOR)).with(csrf()).param("version", "2"))
                .andExpect(status().isConflict())
                .andExpect(view().name("training/form"))
                .andExpect(model().attribute("conflict",
                        FormationMother.formation(5, 1, 7, "CAP Maintenance des matériels agricoles", 3)));
    }

    @Test
    void anotherOrganisationsContactIsRefusedTheFormation() throws Exception {
        mvc.perform(get(PATH + "/5").with(user(OTHER_CONTACT))).andExpect(status().isForbidden());
        mvc.perform(filled(post(PATH + "/5")).with(user(OTHER_CONTACT)).with(csrf()).param("version", "2"))
                .andExpect(status().isForbidden());
        verify(offer, never()).update(any(), anyLong(), anyLong(), anyLong(), any());
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return request.param("memberId", "7").param("title", "CAP Maintenance des matériels").param("typeLabel", "CAP")
                .param("level", "3").param("scolaire", "true").param("scolaireCapacity", "24");
    }
}
