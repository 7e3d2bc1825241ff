package fr.cmq.steering.web;

import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusPagePart;
import fr.cmq.campus.CampusPageSection;
import fr.cmq.identity.CmqUser;
import fr.cmq.steering.CampusIndicators;

/** The summary of a campus's tableau de bord on its page, when the campus publishes it. */
@Component
@Order(6)
@RequiredArgsConstructor
class CampusDashboardSection implements CampusPageSection {

    private final CampusIndicators indicators;

    @Override
    public Optional<CampusPagePart> partFor(long campusId, @Nullable CmqUser viewer) {
        var series = indicators.publicDashboard(campusId);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CampusPagePart("steering/campus-dashboard", "dashboard", Map.of("series", series)));
    }
}
