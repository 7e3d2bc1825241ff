package fr.cmq.directory.web;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.directory.EstablishmentSearch;
import fr.cmq.directory.Establishments;
import fr.cmq.shared.NotFoundException;
import fr.cmq.territory.Territories;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;

/** The public search of establishments of the Annuaire de l'éducation, and an establishment's page. */
@Controller
@PublicRead(Shown.REFERENCE)
@RequiredArgsConstructor
class EstablishmentSearchController {

    private static final int PAGE_SIZE = 20;

    private final Establishments establishments;
    private final Territories territories;

    @GetMapping("/etablissements")
    String search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(defaultValue = "false") boolean voiePro,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var search = new EstablishmentSearch(q, null, academie, voiePro ? Boolean.TRUE : null);
        model.addAttribute("q", q);
        model.addAttribute("academie", academie);
        model.addAttribute("voiePro", voiePro);
        model.addAttribute("academies", territories.academies());
        model.addAttribute("results", establishments.search(search, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/etablissements")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .queryParamIfPresent("academie", Optional.ofNullable(academie).filter(code -> !code.isBlank()))
                .queryParamIfPresent("voiePro", voiePro ? Optional.of(true) : Optional.empty())
                .build().encode().toUriString());
        return "directory/establishments";
    }

    @GetMapping("/etablissements/{uai}")
    String establishment(@PathVariable String uai, Model model) {
        model.addAttribute("establishment", establishments.find(uai)
                .orElseThrow(() -> new NotFoundException("Aucun établissement avec l'UAI « " + uai + " »")));
        return "directory/establishment";
    }
}
