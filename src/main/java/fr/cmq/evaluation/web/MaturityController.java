package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.web.ReadInOneTransaction;

/**
 * A campus's maturity level for its team and pilots: the level, the reasons, what the next level lacks, the history;
 * its team shows the level on the public page, or no longer.
 */
@Controller
@RequiredArgsConstructor
class MaturityController {

    private final CampusMaturity maturity;
    private final CampusDirectory campuses;
    private final MessageSource messages;
    private final Guard guard;

    @GetMapping("/campus/{id}/maturite")
    @Requires(READ_PRIVATE)
    @ReadInOneTransaction
    String page(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("mayPublish", guard.may(user, EDIT, id));
        maturity.of(id).ifPresent(found -> {
            model.addAttribute("maturity", found);
            model.addAttribute("reasons", MaturityReasons.of(found, messages));
        });
        return "evaluation/maturity";
    }

    @PostMapping("/campus/{id}/maturite/publication")
    @Requires(EDIT)
    String publish(@PathVariable long id, @RequestParam boolean published, @AuthenticationPrincipal CmqUser user) {
        maturity.publish(user, id, published);
        return "redirect:/campus/" + id + "/maturite#publication";
    }
}
