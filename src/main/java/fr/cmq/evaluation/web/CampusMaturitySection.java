package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusPagePart;
import fr.cmq.campus.CampusPageSection;
import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.evaluation.Maturity;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;

/**
 * A campus's maturity level on its page: for those who read its private data, the level and the way to its reasons;
 * for everyone else, the level alone once the campus published it.
 */
@Component
@RequiredArgsConstructor
class CampusMaturitySection implements CampusPageSection {

    private final CampusMaturity maturity;
    private final Guard guard;

    @Override
    public Optional<CampusPagePart> partFor(long campusId, @Nullable CmqUser viewer) {
        var found = maturity.of(campusId);
        boolean team = viewer != null && guard.may(viewer, READ_PRIVATE, campusId);
        if (!team && !found.map(Maturity::published).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(new CampusPagePart("evaluation/campus-maturity", team ? "maturity" : "public",
                Map.of("campusId", campusId, "level", found.map(Maturity::level).orElse(-1))));
    }
}
