package fr.cmq.training.web;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.directory.Level;
import fr.cmq.directory.Town;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;
import fr.cmq.shared.web.JsonLd;
import fr.cmq.training.Formation;
import fr.cmq.training.FormationFacets;
import fr.cmq.training.FormationSearch;
import fr.cmq.training.FormationSort;
import fr.cmq.training.Formations;
import fr.cmq.training.GeoPoint;
import fr.cmq.training.LearnerStatus;

/** The public search of formations, for a young person, a family, an adult or a company, and a formation's page. */
@Controller
@PublicRead(Shown.FORMATIONS)
@RequiredArgsConstructor
class FormationSearchController {

    private static final int PAGE_SIZE = 20;
    static final List<Integer> RADII = List.of(10, 30, 50, 100);

    private final Formations formations;
    private final CmqProperties properties;

    @GetMapping("/formations")
    String search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer niveau,
            @RequestParam(required = false) @Nullable LearnerStatus statut,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String ville,
            @RequestParam(defaultValue = "30") int rayon,
            @RequestParam(defaultValue = "false") boolean handicap,
            @RequestParam(defaultValue = "PERTINENCE") FormationSort tri,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Integer level = niveau != null && Level.of(niveau).isPresent() ? niveau : null;
        int radius = RADII.contains(rayon) ? rayon : 30;
        String town = ville == null || ville.isBlank() ? null : ville.strip();
        Town place = town == null ? null : formations.locate(town).orElse(null);
        boolean placed = place != null && place.latitude() != null && place.longitude() != null;
        var search = new FormationSearch(q, level, statut, filiere, region, null,
                place != null && !placed ? place.departementCode() : null,
                placed ? new GeoPoint(place.latitude(), place.longitude()) : null, placed ? radius : null, handicap, tri);
        model.addAttribute("search", search);
        model.addAttribute("town", town);
        model.addAttribute("place", place);
        model.addAttribute("townUnknown", town != null && place == null);
        model.addAttribute("radius", radius);
        model.addAttribute("radii", RADII);
        model.addAttribute("sorts", FormationSort.values());
        // a town nobody knows never widens the search to the whole country: nothing is shown until it is corrected
        var results = town != null && place == null ? PageResponse.<Formation>of(List.of(), 0, PAGE_SIZE, 0)
                : formations.search(search, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("parcoursNames",
                formations.parcoursNames(results.content().stream().map(Formation::id).toList()));
        model.addAttribute("facets", town != null && place == null
                ? new FormationFacets(List.of(), List.of(), List.of(), List.of()) : formations.facets(search));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/formations")
                .queryParamIfPresent("q", present(q))
                .queryParamIfPresent("niveau", Optional.ofNullable(level))
                .queryParamIfPresent("statut", Optional.ofNullable(statut))
                .queryParamIfPresent("filiere", present(filiere))
                .queryParamIfPresent("region", present(region))
                .queryParamIfPresent("ville", Optional.ofNullable(town))
                .queryParamIfPresent("rayon", town == null ? Optional.empty() : Optional.of(radius))
                .queryParamIfPresent("handicap", handicap ? Optional.of(true) : Optional.empty())
                .queryParamIfPresent("tri", tri == FormationSort.PERTINENCE ? Optional.empty() : Optional.of(tri))
                .build().encode().toUriString());
        return "training/search";
    }

    @GetMapping("/formations/{id}")
    String formation(@PathVariable long id, Model model) {
        var formation = formations.find(id).orElseThrow(() -> new NotFoundException("Formation " + id + " introuvable"));
        model.addAttribute("formation", formation);
        model.addAttribute("pageSubject", formation.title());
        model.addAttribute("jsonLd", description(formation).script());
        model.addAttribute("parcours", formations.parcoursOf(formation.campusId()).stream()
                .filter(parcours -> parcours.steps().stream().anyMatch(step -> step.formationId() == id)).toList());
        model.addAttribute("passerelles", formations.passerellesOf(formation.campusId()).stream()
                .filter(p -> p.from().formationId() == id || p.to().formationId() == id).toList());
        return "training/formation";
    }

    /** The formation for search engines: a schema.org Course, given by the member that teaches it. */
    private JsonLd.Thing description(Formation formation) {
        String site = properties.siteUrl();
        return JsonLd.of("Course")
                .with("name", formation.title())
                .with("description", formation.description() != null ? formation.description()
                        : formation.typeLabel() != null ? formation.typeLabel() + " — " + formation.title() : formation.title())
                .with("url", site + "/formations/" + formation.id())
                .with("educationalCredentialAwarded", formation.typeLabel())
                .with("courseCode", formation.rncpCode())
                .with("provider", JsonLd.of("EducationalOrganization").with("name", formation.memberName())
                        .with("address", formation.commune()))
                .with("isPartOf", JsonLd.of("EducationalOrganization").with("name", formation.campusName())
                        .with("url", site + "/campus/" + formation.campusId()));
    }

    private static Optional<String> present(@Nullable String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
