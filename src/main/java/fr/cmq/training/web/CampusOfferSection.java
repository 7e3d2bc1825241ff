package fr.cmq.training.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;

import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusPagePart;
import fr.cmq.campus.CampusPageSection;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.training.Formations;
import fr.cmq.training.TrainingOffer;

/** The campus's page shows its formations, by level, its parcours and its passerelles. */
@Component
@Order(10)
@RequiredArgsConstructor
class CampusOfferSection implements CampusPageSection {

    private final Formations formations;
    private final TrainingOffer offer;
    private final Guard guard;
    private final MessageSource messages;

    @Override
    public Optional<CampusPagePart> partFor(long campusId, @Nullable CmqUser viewer) {
        var offer = formations.ofCampus(campusId);
        return Optional.of(new CampusPagePart("training/campus-offer", "offer",
                Map.of("count", offer.size(), "byLevel", OfferLines.byLevel(offer, messages), "manage", guard.may(viewer, CONTRIBUTE, campusId),
                        "campusId", campusId, "parcours", formations.parcoursOf(campusId),
                        "passerelles", formations.passerellesOf(campusId))));
    }
}
