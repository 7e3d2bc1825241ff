package fr.cmq.labelling.web;

import static fr.cmq.identity.CampusAction.EDIT;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Refusals;

/** A campus's team opens its dossier in an open campaign, from the campus's page. */
@Controller
@RequiredArgsConstructor
class DossierOpeningController {

    private final LabelDossiers dossiers;
    private final DossierWorkflow workflow;
    private final CampusDirectory campuses;
    private final Refusals refusals;

    @GetMapping("/campus/{id}/dossiers/nouveau")
    @Requires(EDIT)
    String newDossier(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        model.addAttribute("campus", campus);
        model.addAttribute("campaigns", dossiers.campaigns().stream().filter(Campaign::open).toList());
        model.addAttribute("kinds", DossierKind.values());
        return "labelling/open";
    }

    @PostMapping("/campus/{id}/dossiers")
    @Requires(EDIT)
    String open(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable Long campaignId,
            @RequestParam(required = false) @Nullable DossierKind kind, Model model, RedirectAttributes redirect) {
        if (campaignId == null || kind == null) {
            model.addAttribute("missing", true);
            return newDossier(id, user, model);
        }
        try {
            long dossierId = workflow.open(user, campaignId, id, kind);
            return "redirect:" + DossierController.path(dossierId);
        } catch (RuleViolationException e) {
            model.addAttribute("refusal", refusals.of(e));
            return newDossier(id, user, model);
        }
    }
}
