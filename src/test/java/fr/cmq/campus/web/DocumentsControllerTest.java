package fr.cmq.campus.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusDocuments;
import fr.cmq.campus.CampusMother;
import fr.cmq.campus.OfficialDocuments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.shared.test.WithTheGuard;

/**
 * A campus's documents: the lettre de mission its pilots record (signed today in France at the latest), the convention
 * and the logo its team attaches; what is missing is said beside its form and nothing is stored.
 */
@WebMvcTest(DocumentsController.class)
@WithTheGuard
@Import(FixedClock.class)
class DocumentsControllerTest {

    private static final String PATH = "/campus/1/documents";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser PILOT = UserMother.pilot("12");
    private static final MockMultipartFile LETTER = new MockMultipartFile("file", "lettre.pdf", "application/pdf",
            "%PDF-1.7".getBytes());

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    CampusDocuments campusDocuments;
    @MockitoBean
    Documents documents;

    @BeforeEach
    void aCampus() {
        CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
        when(campusDocuments.of(1)).thenReturn(new OfficialDocuments(null, null, null, null, null));
    }

    @Test
    void aLetterWithoutItsDateIsRefusedBesideItsFormAndNothingIsStored() throws Exception {
        mvc.perform(multipart(PATH + "/lettre-de-mission").file(LETTER).with(user(PILOT)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("campus/documents"))
                .andExpect(model().attribute("refused", "missionLetter"))
                .andExpect(model().attribute("refusal", "documents.date.required"));
        verify(campusDocuments, never()).recordMissionLetter(any(), anyLong(), any(), any());
    }

    @Test
    void aLetterSignedTomorrowInFranceIsRefused() throws Exception {
        mvc.perform(multipart(PATH + "/lettre-de-mission").file(LETTER).param("signedOn", "2026-12-03")
                        .with(user(PILOT)).with(csrf()))
                .andExpect(model().attribute("refusal", "campus.form.date.past"));
        verify(campusDocuments, never()).recordMissionLetter(any(), anyLong(), any(), any());
    }

    @Test
    void aLetterSignedTodayIsRecordedByThePilot() throws Exception {
        mvc.perform(multipart(PATH + "/lettre-de-mission").file(LETTER).param("signedOn", "2026-12-02")
                        .with(user(PILOT)).with(csrf()))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("saved", "documents.saved.missionLetter"));
        verify(campusDocuments).recordMissionLetter(eq(PILOT), eq(1L), eq(LocalDate.of(2026, 12, 2)), any());
    }

    @Test
    void aConventionWithoutFileIsRefusedBesideItsForm() throws Exception {
        mvc.perform(multipart(PATH + "/convention").with(user(DIRECTOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("refused", "convention"))
                .andExpect(model().attribute("refusal", "documents.file.required"));
        verify(campusDocuments, never()).attachConvention(any(), anyLong(), any());
    }

    @Test
    void theTeamMayNotRecordItsOwnLetterNorThePilotsTheConvention() throws Exception {
        mvc.perform(multipart(PATH + "/lettre-de-mission").file(LETTER).param("signedOn", "2026-12-02")
                        .with(user(DIRECTOR)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(PATH + "/convention").file(LETTER).with(user(PILOT)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(campusDocuments, never()).recordMissionLetter(any(), anyLong(), any(), any());
        verify(campusDocuments, never()).attachConvention(any(), anyLong(), any());
    }
}
