package fr.cmq.territory.web;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.territory.Academie;
import fr.cmq.territory.Departement;
import fr.cmq.territory.Region;
import fr.cmq.territory.Territories;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;

@RestController
@RequestMapping("/api/v1/territories")
@PublicRead(Shown.REFERENCE)
@RequiredArgsConstructor
class TerritoryApiController {

    private final Territories territories;

    @GetMapping("/regions")
    List<Region> regions() {
        return territories.regions();
    }

    @GetMapping("/academies")
    List<Academie> academies() {
        return territories.academies();
    }

    @GetMapping("/departements")
    List<Departement> departements() {
        return territories.departements();
    }
}
