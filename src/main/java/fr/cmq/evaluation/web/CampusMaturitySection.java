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
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;

/** A campus's maturity level on its page, for those who read its private data: the level and the way to its reasons. */
@Component
@RequiredArgsConstructor
class CampusMaturitySection implements CampusPageSection {

    private final CampusMaturity maturity;
    private final Guard guard;

    @Override
    public Optional<CampusPagePart> partFor(long campusId, @Nullable CmqUser viewer) {
        if (viewer == null || !guard.may(viewer, READ_PRIVATE, campusId)) {
            return Optional.empty();
        }
        return Optional.of(new CampusPagePart("evaluation/campus-maturity", "maturity", Map.of("campusId", campusId,
                "level", maturity.of(campusId).map(found -> found.level()).orElse(-1))));
    }
}
