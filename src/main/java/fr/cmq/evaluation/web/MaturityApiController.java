package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.evaluation.Maturity;
import fr.cmq.identity.Requires;
import fr.cmq.shared.NotFoundException;

/** A campus's maturity through the API, for its team and pilots. */
@RestController
@RequiredArgsConstructor
class MaturityApiController {

    private final CampusMaturity maturity;
    private final MessageSource messages;

    /** The level (0 while level 1 is not reached), the reasons met and missing for the next level, and the history. */
    record MaturityResponse(int level, Reasons reasons, Instant computedAt, List<Maturity.Step> history) {
    }

    record Reasons(List<String> met, int nextLevel, List<String> missing) {
    }

    @GetMapping("/api/v1/campuses/{id}/maturity")
    @Requires(READ_PRIVATE)
    MaturityResponse maturity(@PathVariable long id) {
        var found = maturity.of(id).orElseThrow(() -> new NotFoundException("Maturité du campus " + id
                + " pas encore calculée"));
        var reasons = MaturityReasons.of(found, messages);
        return new MaturityResponse(found.level(), new Reasons(reasons.met(), reasons.nextLevel(), reasons.missing()),
                found.computedAt(), found.history());
    }
}
