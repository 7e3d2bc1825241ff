package fr.cmq.labelling.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.LabelCampaigns;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.labelling.NewCampaign;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.SmallUpload;

/**
 * The national administration's campaigns page: the campaigns and their calendars, the versions of the cahier des
 * charges, a grid loaded from a CSV file (each refused line said, nothing loaded then) and a campaign opened.
 */
@Controller
@RequiredArgsConstructor
class CampaignAdminController {

    private static final String PAGE = "/admin/campagnes";

    private final LabelCampaigns campaigns;
    private final LabelDossiers dossiers;
    private final Refusals refusals;

    /** What was typed in the campaign form, shown again with its error. */
    record CampaignForm(@Nullable String title, @Nullable List<DossierKind> kinds, @Nullable String gridVersion,
            @Nullable String opensOn, @Nullable String depositDeadline, @Nullable String avisDeadline,
            @Nullable String reviewDeadline, @Nullable String decisionDate) {

        static CampaignForm blank() {
            return new CampaignForm(null, List.of(DossierKind.values()), null, null, null, null, null, null);
        }

        NewCampaign toNewCampaign() {
            return new NewCampaign(title, kinds == null ? List.of() : kinds, gridVersion,
                    DossierController.date(opensOn, "opensOn"), DossierController.date(depositDeadline, "depositDeadline"),
                    DossierController.date(avisDeadline, "avisDeadline"),
                    DossierController.date(reviewDeadline, "reviewDeadline"),
                    DossierController.date(decisionDate, "decisionDate"));
        }
    }

    @GetMapping(PAGE)
    @RequiresNationalAdministration
    String page(@AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("campaigns", dossiers.campaigns());
        model.addAttribute("grids", campaigns.grids());
        model.addAttribute("kinds", DossierKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CampaignForm.blank());
        }
        return "labelling/campaigns";
    }

    @PostMapping(PAGE + "/grilles")
    @RequiresNationalAdministration
    String loadGrid(@AuthenticationPrincipal CmqUser user, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            var load = campaigns.loadGrid(user, version == null ? "" : version, title == null ? "" : title,
                    SmallUpload.content(file, 1, "Joignez le fichier CSV de la grille"));
            if (load.gridId() == null) {
                response.setStatus(422);
                model.addAttribute("refusedLines", load.refused());
                model.addAttribute("typedGrid", new String[] { version, title });
                return page(user, model);
            }
            redirect.addFlashAttribute("gridLoaded", new Object[] { version, load.criteria() });
            return "redirect:" + PAGE;
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("gridError", e);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refusals.of(e));
        }
        model.addAttribute("typedGrid", new String[] { version, title });
        return page(user, model);
    }

    @PostMapping(PAGE)
    @RequiresNationalAdministration
    String open(@AuthenticationPrincipal CmqUser user, CampaignForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            campaigns.openCampaign(user, form.toNewCampaign());
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", form);
            model.addAttribute("campaignError", e);
            return page(user, model);
        }
        redirect.addFlashAttribute("campaignOpened", form.title());
        return "redirect:" + PAGE;
    }
}
