package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.identity.Requires;
import fr.cmq.shared.web.ReadInOneTransaction;

/** A campus's maturity level for its team and pilots: the level, the reasons, what the next level lacks, the history. */
@Controller
@RequiredArgsConstructor
class MaturityController {

    private final CampusMaturity maturity;
    private final CampusDirectory campuses;
    private final MessageSource messages;

    @GetMapping("/campus/{id}/maturite")
    @Requires(READ_PRIVATE)
    @ReadInOneTransaction
    String page(@PathVariable long id, Model model) {
        model.addAttribute("campus", campuses.get(id));
        maturity.of(id).ifPresent(found -> {
            model.addAttribute("maturity", found);
            model.addAttribute("reasons", MaturityReasons.of(found, messages));
        });
        return "evaluation/maturity";
    }
}
