package fr.cmq.directory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.directory.Establishment;
import fr.cmq.directory.EstablishmentSearch;
import fr.cmq.directory.Establishments;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;

@RestController
@RequestMapping("/api/v1/establishments")
@PublicRead(Shown.REFERENCE)
@RequiredArgsConstructor
class EstablishmentApiController {

    private final Establishments establishments;

    @GetMapping
    PageResponse<Establishment> search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String uai,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(required = false) @Nullable Boolean voieProfessionnelle,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return establishments.search(new EstablishmentSearch(q, uai, academie, voieProfessionnelle), page, size);
    }

    @GetMapping("/{uai}")
    Establishment one(@PathVariable String uai) {
        return establishments.find(uai)
                .orElseThrow(() -> new NotFoundException("Aucun établissement avec l'UAI « " + uai + " »"));
    }
}
