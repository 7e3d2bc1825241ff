package fr.cmq.campus.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusDocuments;
import fr.cmq.campus.CampusPageSection;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.campus.Member;
import fr.cmq.campus.OrganisationType;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;
import fr.cmq.shared.web.JsonLd;
import fr.cmq.shared.web.ReadInOneTransaction;

/** The public directory of campuses and the public page of a campus. */
@Controller
@PublicRead(Shown.CAMPUSES)
@RequiredArgsConstructor
class CampusPublicController {

    private static final int PAGE_SIZE = 20;

    private final CampusDirectory directory;
    private final Guard guard;
    private final CampusSites campusSites;
    private final CampusDocuments documents;
    private final List<CampusPageSection> sections;
    private final MessageSource messages;
    private final CmqProperties properties;

    @GetMapping("/campus")
    String search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(required = false) @Nullable Category categorie,
            @RequestParam(required = false) @Nullable CampusStatus statut,
            @RequestParam(defaultValue = "pertinence") String tri,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var search = new CampusSearch(q, filiere, region, academie, categorie, statut, tri.equals("nom"));
        model.addAttribute("search", search);
        model.addAttribute("tri", tri);
        var results = directory.search(search, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("cards", results.content().stream().map(campus -> DirectoryCard.of(campus, messages))
                .toList());
        var facets = directory.facets(search);
        model.addAttribute("facets", facets);
        String base = UriComponentsBuilder.fromPath("/campus")
                .queryParamIfPresent("q", present(q))
                .queryParamIfPresent("filiere", present(filiere))
                .queryParamIfPresent("region", present(region))
                .queryParamIfPresent("academie", present(academie))
                .queryParamIfPresent("categorie", Optional.ofNullable(categorie))
                .queryParamIfPresent("statut", Optional.ofNullable(statut))
                .queryParamIfPresent("tri", tri.equals("nom") ? Optional.of("nom") : Optional.empty())
                .build().encode().toUriString();
        model.addAttribute("base", base);
        model.addAttribute("map", DirectoryMap.of(facets.regions(), region, base));
        return "campus/directory";
    }

    @GetMapping("/campus/{id}")
    @ReadInOneTransaction
    String campus(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user, Model model) {
        var campus = directory.find(id).orElseThrow(() -> new NotFoundException("Campus " + id + " introuvable"));
        boolean team = guard.may(user, CampusAction.READ_PRIVATE, campus.scope());
        var shown = team ? campus : campus.forThePublic();
        Map<OrganisationType, Long> byType = shown.activeMembers().stream()
                .collect(Collectors.groupingBy(Member::organisationType, TreeMap::new, Collectors.counting()));
        var sites = campusSites.of(id);
        model.addAttribute("campus", shown);
        model.addAttribute("jsonLd", description(shown).script());
        model.addAttribute("networkByType", byType);
        model.addAttribute("memberLines", MemberLine.of(shown, false, messages));
        model.addAttribute("sites", sites);
        if (properties.map().configured()) {
            var markers = PlacesMap.located(Stream.concat(
                    sites.stream().map(site -> new PlacesMap.Place(site.name(), true, site.latitude(), site.longitude())),
                    shown.activeMembers().stream().map(member -> new PlacesMap.Place(member.name(), false,
                            member.latitude(), member.longitude()))));
            model.addAttribute("markers", markers.size());
            model.addAttribute("places", PlacesMap.json(markers));
            model.addAttribute("baseMap", properties.map());
        }
        model.addAttribute("hasLogo", documents.logo(id).isPresent());
        model.addAttribute("mayEdit", guard.may(user, CampusAction.EDIT, campus.scope()));
        model.addAttribute("mayReadPrivate", team);
        model.addAttribute("parts", sections.stream().flatMap(section -> section.partFor(id, user).stream()).toList());
        return "campus/page";
    }

    /** The campus for search engines: a schema.org EducationalOrganization, its network as members. */
    private JsonLd.Thing description(CampusDetails campus) {
        return JsonLd.of("EducationalOrganization")
                .with("name", campus.name())
                .with("identifier", campus.code())
                .with("url", properties.siteUrl() + "/campus/" + campus.id())
                .with("description", campus.presentation())
                .with("sameAs", campus.website())
                .with("email", campus.contactEmail())
                .with("areaServed", campus.territoryDescription() != null ? campus.territoryDescription()
                        : campus.regionName())
                .with("knowsAbout", campus.filiere().label())
                .with("member", campus.activeMembers().stream()
                        .map(member -> JsonLd.of("Organization").with("name", member.name())
                                .with("address", member.communeName()))
                        .toList());
    }

    private static Optional<String> present(@Nullable String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
