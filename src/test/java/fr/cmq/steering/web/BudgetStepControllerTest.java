package fr.cmq.steering.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.steering.Budget;
import fr.cmq.shared.signing.SignatureAct;
import fr.cmq.shared.signing.ToSign;
import fr.cmq.shared.test.FixedClock;
import fr.cmq.steering.BudgetStatus;
import fr.cmq.steering.BudgetTotals;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.EstablishedBudgets;

/** The budget's sign-off steps said with a reason: the form at the version read, a reason required, the stale step. */
@WebMvcTest(BudgetStepController.class)
@WithTheGuard
@Import(FixedClock.class)
class BudgetStepControllerTest {

    private static final String PATH = "/campus/1/budget/2026";
    private static final CmqUser CHEF = UserMother.chef(1);
    private static final CmqUser DIRECTOR = UserMother.director(1);
    private static final Budget SUBMITTED = new Budget(1, 2026, BudgetStatus.SOUMIS, 6, List.of(), List.of(),
            BudgetTotals.of(List.of(), List.of()), List.of(), List.of(), null, null, null, null, List.of(), null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampusBudgets budgets;
    @MockitoBean
    CampusDirectory directory;
    @MockitoBean
    EstablishedBudgets established;

    @BeforeEach
    void aCampusAndItsSubmittedBudget() {
        CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance"));
        when(budgets.read(any(), eq(1L), eq(2026))).thenReturn(SUBMITTED);
    }

    @Test
    void theChefGetsTheReasonFormAtTheVersionRead() throws Exception {
        mvc.perform(get(PATH + "/renvoi").with(user(CHEF)))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/reason-form"))
                .andExpect(model().attribute("step", "send-back"))
                .andExpect(model().attribute("form", new ReasonForm(null, 6L)));
    }

    @Test
    void theValidationIsASignatureAskedOnItsOwnPage() throws Exception {
        when(budgets.toValidate(any(), eq(1L), eq(2026))).thenReturn(new ToSign(SignatureAct.VALIDATION_BUDGET,
                "Énergie et maintenance", "Budget 2026 du campus Énergie et maintenance", 6));
        mvc.perform(get(PATH + "/validation").with(user(CHEF)))
                .andExpect(status().isOk())
                .andExpect(view().name("sign"))
                .andExpect(model().attribute("signerName", CHEF.displayName()));
        mvc.perform(post(PATH + "/validation").with(user(CHEF)).with(csrf()).param("version", "6"))
                .andExpect(redirectedUrl(PATH + "/validation"))
                .andExpect(flash().attributeExists("unread"));
        verify(budgets, never()).validate(any(), anyLong(), anyInt(), anyLong());
        mvc.perform(post(PATH + "/validation").with(user(CHEF)).with(csrf()).param("version", "6").param("read", "true"))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attributeExists("validated"));
        verify(budgets).validate(CHEF, 1, 2026, 6);
    }

    @Test
    void aSendingBackWithoutReasonComesBackAndNothingMoves() throws Exception {
        mvc.perform(post(PATH + "/renvoi").with(user(CHEF)).with(csrf()).param("reason", " ").param("version", "6"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/reason-form"))
                .andExpect(model().attributeHasFieldErrors("form", "reason"));
        verify(budgets, never()).sendBack(any(), anyLong(), anyInt(), anyLong(), anyString());
    }

    @Test
    void theBudgetIsSentBackWithItsReason() throws Exception {
        mvc.perform(post(PATH + "/renvoi").with(user(CHEF)).with(csrf()).param("reason", "Le cofinancement manque")
                        .param("version", "6"))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attributeExists("sentBack"));
        verify(budgets).sendBack(CHEF, 1, 2026, 6, "Le cofinancement manque");
    }

    @Test
    void aStepOnABudgetChangedMeanwhileIsSaidStale() throws Exception {
        doThrow(new ObjectOptimisticLockingFailureException("Budget", 1L)).when(budgets)
                .sendBack(any(), anyLong(), anyInt(), anyLong(), anyString());
        mvc.perform(post(PATH + "/renvoi").with(user(CHEF)).with(csrf()).param("reason", "Le cofinancement manque")
                        .param("version", "5"))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attributeExists("stale"));
    }

    @Test
    void theDirectorMayNotSendBackItsOwnBudget() throws Exception {
        mvc.perform(post(PATH + "/renvoi").with(user(DIRECTOR)).with(csrf()).param("reason", "Je le reprends")
                        .param("version", "6"))
                .andExpect(status().isForbidden());
        verify(budgets, never()).sendBack(any(), anyLong(), anyInt(), anyLong(), anyString());
    }
}
