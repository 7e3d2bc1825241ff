package fr.cmq.training.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusPagePart;
import fr.cmq.campus.CampusPageSection;
import fr.cmq.training.Formation;
import fr.cmq.training.Formations;

/** The campus's page shows its formations, by level. */
@Component
@Order(10)
class CampusOfferSection implements CampusPageSection {

    private final Formations formations;

    CampusOfferSection(Formations formations) {
        this.formations = formations;
    }

    @Override
    public Optional<CampusPagePart> partFor(long campusId) {
        var offer = formations.ofCampus(campusId);
        Map<String, List<Formation>> byLevel = offer.stream()
                .collect(Collectors.groupingBy(Formation::levelInWords, LinkedHashMap::new, Collectors.toList()));
        return Optional.of(new CampusPagePart("training/campus-offer", "offer",
                Map.of("count", offer.size(), "byLevel", byLevel)));
    }
}
