package fr.cmq.steering.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDateTime;
import java.util.List;

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
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.Audience;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusAgenda;
import fr.cmq.steering.EventKind;

/** A campus's event form: its view, its field errors with nothing saved, the 409, the pilots' reading, the guard. */
@WebMvcTest(EventController.class)
@WithTheGuard
@Import(FixedClock.class)
class EventControllerTest {

    private static final String PATH = "/campus/1/evenements";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser PILOT = UserMother.pilot("12");
    private static final LocalDateTime STARTS = LocalDateTime.of(2026, 12, 10, 9, 0);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusAgenda agenda;
    @MockitoBean
    CampusActions campusActions;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    CampusSites sites;

    @BeforeEach
    void aCampusWithAnEvent() {
        var campus = CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
        when(agenda.event(any(), eq(1L), eq(5L))).thenReturn(new AgendaEvent(5, 1, campus.name(),
                EventKind.HACKATHON, "Hackathon de la maintenance", STARTS, STARTS.plusHours(8), null,
                "Lycée Camille Claudel", "Thionville", List.of(Audience.values()[0]), List.of(4), null, null, true, null,
                null, null, List.of(), 2));
    }

    @Test
    void theTeamGetsABlankForm() throws Exception {
        mvc.perform(get(PATH + "/nouveau").with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/event-form"))
                .andExpect(model().attribute("form", EventForm.blank()));
    }

    @Test
    void missingFieldsComeBackAsFieldErrorsAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(DIRECTOR)).with(csrf()).param("title", "Hackathon"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/event-form"))
                .andExpect(model().attributeHasFieldErrors("form", "kind", "startsAt", "endsAt"));
        verify(agenda, never()).add(any(), anyLong(), any());
    }

    @Test
    void aChangeMadeMeanwhileIsShownAnd409() throws Exception {
        doThrow(new ObjectOptimisticLockingFailureException("Event", 5L)).when(agenda)
                .update(any(), anyLong(), anyLong(), anyLong(), any());
        mvc.perform(filled(post(PATH + "/5")).with(user(DIRECTOR)).with(csrf()).param("version", "1"))
                .andExpect(status().isConflict())
                .andExpect(view().name("steering/event-form"))
                .andExpect(model().attributeExists("conflict"));
    }

    @Test
    void aPilotReadsTheEventWithoutItsForm() throws Exception {
        mvc.perform(get(PATH + "/5").with(user(PILOT)))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/event"))
                .andExpect(model().attributeDoesNotExist("form"));
    }

    @Test
    void aPilotIsRefusedEveryWriteBeforeTheFormIsRead() throws Exception {
        mvc.perform(filled(post(PATH)).with(user(PILOT)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(filled(post(PATH + "/5")).with(user(PILOT)).with(csrf()).param("version", "2"))
                .andExpect(status().isForbidden());
        verify(agenda, never()).add(any(), anyLong(), any());
        verify(agenda, never()).update(any(), anyLong(), anyLong(), anyLong(), any());
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return request.param("kind", EventKind.HACKATHON.name()).param("title", "Hackathon de la maintenance")
                .param("startsAt", "2026-12-10T09:00").param("endsAt", "2026-12-10T17:00")
                .param("address", "Lycée Camille Claudel").param("town", "Thionville")
                .param("audiences", Audience.values()[0].name());
    }
}
