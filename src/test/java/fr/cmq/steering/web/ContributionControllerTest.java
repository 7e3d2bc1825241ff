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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusMother;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.test.WithTheGuard;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.MemberRef;

/** A member's contribution to the budget: its form, its errors with nothing saved, a refusal said, the guard before. */
@WebMvcTest(ContributionController.class)
@WithTheGuard
class ContributionControllerTest {

    private static final String PATH = "/campus/1/budget/2026/contributions";
    private static final CmqUser CONTACT = UserMother.contact(1, 7);
    private static final CmqUser PILOT = UserMother.pilot("12");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    BudgetContributions budgetContributions;
    @MockitoBean
    CampusBudgets budgets;
    @MockitoBean
    CampusDirectory directory;

    @BeforeEach
    void aCampusWithOneMemberItsContactSpeaksFor() {
        CampusMother.knownTo(directory, CampusMother.campus(1, "Énergie et maintenance",
                CampusMother.member(7, "Forges de Thionville")));
        when(budgetContributions.declarableBy(any(), eq(1L))).thenReturn(List.of(new MemberRef(7, "Forges de Thionville")));
    }

    @Test
    void theContactGetsAFormForItsOwnOrganisation() throws Exception {
        mvc.perform(get(PATH + "/nouvelle").with(user(CONTACT)))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/contribution-form"))
                .andExpect(model().attribute("form", ContributionForm.blank(7L)));
    }

    @Test
    void aContributionWithoutKindNorAmountComesBackAndNothingIsSaved() throws Exception {
        mvc.perform(post(PATH).with(user(CONTACT)).with(csrf()).param("memberId", "7"))
                .andExpect(status().isOk())
                .andExpect(view().name("steering/contribution-form"))
                .andExpect(model().attributeHasFieldErrors("form", "kind", "amount"));
        verify(budgetContributions, never()).declare(any(), anyLong(), anyInt(), any());
    }

    @Test
    void anAmountThatIsNoAmountLandsOnItsField() throws Exception {
        mvc.perform(filled().param("amount", "beaucoup")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "amount", "invalid"));
        verify(budgetContributions, never()).declare(any(), anyLong(), anyInt(), any());
    }

    @Test
    void aRefusalIsSaidOnTheFormShownAgain() throws Exception {
        doThrow(new RuleViolationException("rule.budget.closed")).when(budgetContributions)
                .declare(any(), anyLong(), anyInt(), any());
        mvc.perform(filled().param("amount", "1 500")).andExpect(status().isOk())
                .andExpect(view().name("steering/contribution-form"))
                .andExpect(model().attributeExists("refusal"));
    }

    @Test
    void aContributionDeclaredIsShownOnTheBudget() throws Exception {
        mvc.perform(filled().param("amount", "1 500"))
                .andExpect(redirectedUrl("/campus/1/budget/2026"))
                .andExpect(flash().attributeExists("declared"));
        verify(budgetContributions).declare(eq(CONTACT), eq(1L), eq(2026), any());
    }

    @Test
    void aPilotIsRefusedBeforeTheFormIsRead() throws Exception {
        mvc.perform(post(PATH).with(user(PILOT)).with(csrf()).param("memberId", "7").param("kind", "FINANCIERE")
                        .param("amount", "1 500"))
                .andExpect(status().isForbidden());
        verify(budgetContributions, never()).declare(any(), anyLong(), anyInt(), any());
    }

    private MockHttpServletRequestBuilder filled() {
        return post(PATH).with(user(CONTACT)).with(csrf()).param("memberId", "7").param("kind", "FINANCIERE");
    }
}
