package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.evaluation.Maturity;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.NotFoundException;

/** A campus's maturity through the API, for its team and pilots, and for anyone once the campus published it. */
@RestController
@RequiredArgsConstructor
class MaturityApiController {

    private final CampusMaturity maturity;
    private final MessageSource messages;
    private final Guard guard;

    /** The level (0 while level 1 is not reached), the reasons met and missing for the next level, and the history. */
    record MaturityResponse(int level, Reasons reasons, Instant computedAt, List<Maturity.Step> history) {
    }

    record Reasons(List<String> met, int nextLevel, List<String> missing) {
    }

    /** Anyone reads a level its campus published; otherwise those who read the campus's private data. */
    @GetMapping("/api/v1/campuses/{id}/maturity")
    MaturityResponse maturity(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user) {
        var found = maturity.of(id).filter(Maturity::published).orElse(null);
        if (found == null) {
            guard.require(user, id, READ_PRIVATE);
            found = maturity.of(id).orElseThrow(() -> new NotFoundException("Maturité du campus " + id
                    + " pas encore calculée"));
        }
        var reasons = MaturityReasons.of(found, messages);
        return new MaturityResponse(found.level(), new Reasons(reasons.met(), reasons.nextLevel(), reasons.missing()),
                found.computedAt(), found.history());
    }
}
