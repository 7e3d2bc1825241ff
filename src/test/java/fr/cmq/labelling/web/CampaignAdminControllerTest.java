package fr.cmq.labelling.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.labelling.LabelCampaigns;
import fr.cmq.labelling.LabelCampaigns.GridLoad;
import fr.cmq.labelling.LabelCampaigns.RefusedLine;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.shared.test.WithTheGuard;

/**
 * The national administration's campaigns: a grid whose refused lines are each said with nothing loaded, a campaign
 * whose wrong date comes back with what was typed, and nobody else let in.
 */
@WebMvcTest(CampaignAdminController.class)
@WithTheGuard
class CampaignAdminControllerTest {

    private static final String PAGE = "/admin/campagnes";
    private static final CmqUser ADMIN = UserMother.nationalAdministrator();
    private static final MockMultipartFile GRID = new MockMultipartFile("file", "grille.csv", "text/csv",
            "code;titre\nRESEAU;Le réseau\n".getBytes());

    @Autowired
    MockMvc mvc;
    @MockitoBean
    LabelCampaigns campaigns;
    @MockitoBean
    LabelDossiers dossiers;

    @Test
    void theAdministrationGetsTheCampaignsAndABlankForm() throws Exception {
        mvc.perform(get(PAGE).with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("labelling/campaigns"))
                .andExpect(model().attribute("form", CampaignAdminController.CampaignForm.blank()));
    }

    @Test
    void aGridWithRefusedLinesIs422WithEachLineSaid() throws Exception {
        when(campaigns.loadGrid(eq(ADMIN), eq("2027"), eq("Cahier des charges 2027"), any(byte[].class)))
                .thenReturn(new GridLoad(null, 0, List.of(new RefusedLine(2, "Le code « RESEAU » est déjà pris"))));
        mvc.perform(multipart(PAGE + "/grilles").file(GRID).param("version", "2027")
                        .param("title", "Cahier des charges 2027").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeExists("refusedLines"))
                .andExpect(content().string(containsString("Le code « RESEAU » est déjà pris")));
    }

    @Test
    void aGridWithoutFileIs400AndNothingIsRead() throws Exception {
        mvc.perform(multipart(PAGE + "/grilles").param("version", "2027").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeExists("gridError"));
        verify(campaigns, never()).loadGrid(any(), anyString(), anyString(), any(byte[].class));
    }

    @Test
    void aCampaignWithADateThatIsNoDateComesBackAsTyped() throws Exception {
        mvc.perform(post(PAGE).with(user(ADMIN)).with(csrf()).param("title", "Campagne 2027")
                        .param("opensOn", "le 3 janvier"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeExists("campaignError"))
                .andExpect(content().string(containsString("le 3 janvier")));
        verify(campaigns, never()).openCampaign(any(), any());
    }

    @Test
    void aCampaignOpenedIsSaidItsDatesTypedEitherWay() throws Exception {
        mvc.perform(post(PAGE).with(user(ADMIN)).with(csrf()).param("title", "Campagne 2027")
                        .param("kinds", "CREATION").param("gridVersion", "2027").param("opensOn", "2027-01-04")
                        .param("depositDeadline", "2027-03-31").param("avisDeadline", "2027-04-30")
                        .param("reviewDeadline", "31/05/2027").param("decisionDate", "2027-07-01"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("campaignOpened", "Campagne 2027"));
        verify(campaigns).openCampaign(eq(ADMIN),
                argThat(campaign -> LocalDate.of(2027, 5, 31).equals(campaign.reviewDeadline())));
    }

    @Test
    void aCampusTeamIsRefusedBeforeTheFileIsRead() throws Exception {
        mvc.perform(multipart(PAGE + "/grilles").file(GRID).param("version", "2027")
                        .with(user(UserMother.director(1))).with(csrf()))
                .andExpect(status().isForbidden());
        verify(campaigns, never()).loadGrid(any(), anyString(), anyString(), any(byte[].class));
    }
}
