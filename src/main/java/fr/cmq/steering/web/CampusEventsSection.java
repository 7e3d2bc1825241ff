package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.time.Clock;
import java.time.LocalDate;
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
import fr.cmq.shared.FrenchDates;
import fr.cmq.steering.AgendaSearch;
import fr.cmq.steering.CampusAgenda;

/** A campus's coming public events on its page, with its calendar feed; its team and pilots reach the whole list. */
@Component
@Order(12)
@RequiredArgsConstructor
class CampusEventsSection implements CampusPageSection {

    private static final int SHOWN = 6;

    private final CampusAgenda agenda;
    private final Clock clock;
    private final Guard guard;

    @Override
    public Optional<CampusPagePart> partFor(long campusId, @Nullable CmqUser viewer) {
        var today = LocalDate.now(clock.withZone(FrenchDates.FRANCE));
        var coming = agenda.search(AgendaSearch.ofCampus(campusId, today), 0, SHOWN);
        return Optional.of(new CampusPagePart("steering/campus-events", "events", Map.of("events", coming.content(),
                "more", coming.page().totalElements() > SHOWN, "campusId", campusId,
                "manage", viewer != null && guard.may(viewer, READ_PRIVATE, campusId))));
    }
}
