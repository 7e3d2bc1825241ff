package fr.cmq.steering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.directory.Filieres;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;
import fr.cmq.steering.AgendaSearch;
import fr.cmq.steering.Audience;
import fr.cmq.steering.CampusAgenda;
import fr.cmq.steering.EventKind;
import fr.cmq.territory.Territories;

/**
 * The public agenda of the campuses' events: a search by words, filière, région, audience, kind and period, its
 * address shareable; and the same search, or one campus's events, as a calendar feed.
 */
@Controller
class AgendaController {

    private static final int PAGE_SIZE = 20;
    /** A feed holds what a calendar needs: the coming months, not the whole history. */
    private static final int FEED_SIZE = 500;

    private final CampusAgenda agenda;
    private final CampusDirectory campuses;
    private final Filieres filieres;
    private final Territories territories;
    private final Clock clock;
    private final String siteUrl;
    private final MessageSource messages;

    AgendaController(CampusAgenda agenda, CampusDirectory campuses, Filieres filieres, Territories territories,
            Clock clock, CmqProperties properties, MessageSource messages) {
        this.agenda = agenda;
        this.campuses = campuses;
        this.filieres = filieres;
        this.territories = territories;
        this.clock = clock;
        this.siteUrl = properties.siteUrl();
        this.messages = messages;
    }

    @GetMapping("/evenements")
    @PublicRead(Shown.EVENTS)
    String agenda(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(name = "public", required = false) @Nullable Audience audience,
            @RequestParam(name = "type", required = false) @Nullable EventKind kind,
            @RequestParam(name = "du", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(name = "au", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var search = new AgendaSearch(q, filiere, region, audience, kind, from, to, null);
        model.addAttribute("search", search);
        var events = agenda.search(search, Math.clamp(page, 0, 10_000), PAGE_SIZE);
        model.addAttribute("events", events);
        model.addAttribute("cards", events.content().stream().map(event -> AgendaCard.of(event, messages)).toList());
        model.addAttribute("filieres", filieres.all());
        model.addAttribute("regions", territories.regions());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("kinds", EventKind.values());
        String query = query(search);
        model.addAttribute("pageUrl", "/evenements" + (query.isEmpty() ? "" : "?" + query));
        model.addAttribute("feedUrl", "/evenements.ics" + (query.isEmpty() ? "" : "?" + query));
        return "steering/agenda";
    }

    @GetMapping("/evenements.ics")
    @PublicRead(Shown.EVENTS)
    ResponseEntity<String> feed(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(name = "public", required = false) @Nullable Audience audience,
            @RequestParam(name = "type", required = false) @Nullable EventKind kind,
            @RequestParam(name = "du", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(name = "au", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        var search = new AgendaSearch(q, filiere, region, audience, kind, from, to, null);
        return IcsFeed.of("Agenda des campus des métiers et des qualifications", "agenda-campus.ics",
                agenda.search(search, 0, FEED_SIZE).content(), siteUrl, this::kindName);
    }

    @GetMapping("/campus/{id}/evenements.ics")
    @PublicRead
    ResponseEntity<String> campusFeed(@PathVariable long id) {
        var campus = campuses.find(id).orElseThrow(() -> new NotFoundException("Campus " + id + " introuvable"));
        var today = LocalDate.now(clock.withZone(FrenchDates.FRANCE));
        return IcsFeed.of("Campus " + campus.name(), "campus-" + id + ".ics",
                agenda.search(AgendaSearch.ofCampus(id, today.minusMonths(1)), 0, FEED_SIZE).content(), siteUrl,
                this::kindName);
    }

    private String kindName(EventKind kind) {
        return messages.getMessage("eventkind." + kind.name(), null, Locale.FRANCE);
    }

    /** The search's filters as a query string, for the pages after this one and the calendar feed. */
    private static String query(AgendaSearch search) {
        var builder = UriComponentsBuilder.newInstance();
        if (search.words() != null && !search.words().isBlank()) {
            builder.queryParam("q", search.words());
        }
        if (search.filiere() != null && !search.filiere().isBlank()) {
            builder.queryParam("filiere", search.filiere());
        }
        if (search.region() != null && !search.region().isBlank()) {
            builder.queryParam("region", search.region());
        }
        if (search.audience() != null) {
            builder.queryParam("public", search.audience());
        }
        if (search.kind() != null) {
            builder.queryParam("type", search.kind());
        }
        if (search.from() != null) {
            builder.queryParam("du", search.from());
        }
        if (search.to() != null) {
            builder.queryParam("au", search.to());
        }
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }
}
