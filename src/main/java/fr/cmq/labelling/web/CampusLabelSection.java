package fr.cmq.labelling.web;

import static fr.cmq.identity.CampusAction.EDIT;

import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusPagePart;
import fr.cmq.campus.CampusPageSection;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.LabelDossiers;

/** On a campus's page, its team's way to its label dossiers: open one in an open campaign, or follow them. */
@Component
@Order(30)
@RequiredArgsConstructor
class CampusLabelSection implements CampusPageSection {

    private final LabelDossiers dossiers;
    private final Guard guard;

    @Override
    public Optional<CampusPagePart> partFor(long campusId, @Nullable CmqUser viewer) {
        if (viewer == null || !guard.may(viewer, EDIT, campusId)) {
            return Optional.empty();
        }
        boolean open = dossiers.campaigns().stream().anyMatch(Campaign::open);
        return Optional.of(new CampusPagePart("labelling/campus-label", "label",
                Map.of("campusId", campusId, "campaignOpen", open)));
    }
}
