package fr.cmq.steering.web;

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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.RegionalCommittees;
import fr.cmq.campus.CampusMother;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.steering.Budget;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.BudgetStatus;
import fr.cmq.steering.BudgetTotals;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.FundingSource;
import fr.cmq.steering.LineDirection;

/** A budget's lines as its team keeps them: the form, field errors with nothing saved, the 409, the guard. */
@WebMvcTest(BudgetController.class)
@WithTheGuard
@Import(FixedClock.class)
class BudgetControllerTest {

    private static final String PATH = "/campus/1/budget/2026";
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final CmqUser CONTACT = UserMother.contact(1, 7);
    private static final Budget DRAFT = new Budget(1, 2026, BudgetStatus.BROUILLON, 4, List.of(), List.of(),
            BudgetTotals.of(List.of(), List.of()), List.of(), List.of(), null, null, null, null, List.of(), null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusBudgets budgets;
    @MockitoBean
    BudgetContributions budgetContributions;
    @MockitoBean
    CampusActions campusActions;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    RegionalCommittees committees;

    @BeforeEach
    void aCampusAndItsDraftBudget() {
        var campus = CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
        when(budgets.read(any(), eq(1L), eq(2026))).thenReturn(DRAFT);
    }

    @Test
    void theFormOfANewLineCarriesTheVersionRead() throws Exception {
        mvc.perform(get(PATH + "/lignes/nouvelle").with(user(DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/line-form"))
                .andExpect(model().attribute("form", LineForm.blank(LineDirection.RESSOURCE, 4)));
    }

    @Test
    void aLineWithoutItsAmountIsAFieldErrorAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH + "/lignes").with(user(DIRECTOR)).with(csrf())
                        .param("direction", LineDirection.RESSOURCE.name()).param("source", FundingSource.REGION.name())
                        .param("version", "4"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/line-form"))
                .andExpect(model().attributeHasFieldErrors("form", "planned"));
        verify(budgets, never()).addLine(any(), anyLong(), anyInt(), anyLong(), any());
    }

    @Test
    void aLineIsAddedAtTheVersionRead() throws Exception {
        mvc.perform(post(PATH + "/lignes").with(user(DIRECTOR)).with(csrf())
                        .param("direction", LineDirection.RESSOURCE.name()).param("source", FundingSource.REGION.name())
                        .param("planned", "12 000").param("version", "4"))
                .andExpect(redirectedUrl(PATH));
        verify(budgets).addLine(eq(DIRECTOR), eq(1L), eq(2026), eq(4L), any());
    }

    @Test
    void aChangeMadeMeanwhileIsShownAnd409() throws Exception {
        doThrow(new ObjectOptimisticLockingFailureException("Budget", 1L)).when(budgets)
                .addLine(any(), anyLong(), anyInt(), anyLong(), any());
        mvc.perform(post(PATH + "/lignes").with(user(DIRECTOR)).with(csrf())
                        .param("direction", LineDirection.RESSOURCE.name()).param("source", FundingSource.REGION.name())
                        .param("planned", "12 000").param("version", "3"))
                .andExpect(status().isConflict())
                .andExpect(view().name("steering/line-form"))
                .andExpect(model().attribute("conflict", DRAFT));
    }

    @Test
    void aMembersContactIsRefusedTheLinesBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH + "/lignes").with(user(CONTACT)).with(csrf())
                        .param("direction", LineDirection.RESSOURCE.name()).param("planned", "1").param("version", "4"))
                .andExpect(status().isForbidden());
        verify(budgets, never()).addLine(any(), anyLong(), anyInt(), anyLong(), any());
    }
}
