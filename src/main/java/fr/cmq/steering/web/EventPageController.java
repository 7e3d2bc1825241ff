package fr.cmq.steering.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;
import fr.cmq.shared.web.JsonLd;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.CampusAgenda;

/** A published event's own page, shareable, described for search engines, and its calendar entry. */
@Controller
@PublicRead(Shown.EVENTS)
class EventPageController {

    private final CampusAgenda agenda;
    private final MessageSource messages;
    private final String siteUrl;

    EventPageController(CampusAgenda agenda, MessageSource messages, CmqProperties properties) {
        this.agenda = agenda;
        this.messages = messages;
        this.siteUrl = properties.siteUrl();
    }

    @GetMapping("/evenements/{eventId}")
    String event(@PathVariable long eventId, Model model) {
        var event = published(eventId);
        model.addAttribute("event", event);
        model.addAttribute("card", AgendaCard.of(event, messages));
        model.addAttribute("pageSubject", event.title());
        model.addAttribute("jsonLd", description(event).script());
        return "steering/public-event";
    }

    @GetMapping("/evenements/{eventId}.ics")
    ResponseEntity<String> calendarEntry(@PathVariable long eventId) {
        var event = published(eventId);
        return IcsFeed.of(event.title(), "evenement-" + eventId + ".ics", List.of(event), siteUrl,
                kind -> messages.getMessage("eventkind." + kind.name(), null, Locale.FRANCE));
    }

    private AgendaEvent published(long eventId) {
        return agenda.published(eventId)
                .orElseThrow(() -> new NotFoundException("Événement " + eventId + " introuvable"));
    }

    private JsonLd.Thing description(AgendaEvent event) {
        String place = event.place() != null ? event.place() : event.town();
        return JsonLd.of("Event")
                .with("name", event.title())
                .with("description", event.description())
                .with("startDate", event.startsAt().atZone(FrenchDates.FRANCE).toOffsetDateTime().toString())
                .with("endDate", event.endsAt().atZone(FrenchDates.FRANCE).toOffsetDateTime().toString())
                .with("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode")
                .with("url", siteUrl + "/evenements/" + event.id())
                .with("location", place == null ? null : JsonLd.of("Place").with("name", place)
                        .with("address", event.town()))
                .with("organizer", JsonLd.of("EducationalOrganization").with("name", event.campusName())
                        .with("url", siteUrl + "/campus/" + event.campusId()));
    }
}
