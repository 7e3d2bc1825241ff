package fr.cmq.training.internal;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.directory.Town;
import fr.cmq.directory.Towns;
import fr.cmq.training.GeoPoint;

/**
 * Places a town for the formation search: by the annuaire's establishments of the commune, else the places where
 * formations are taught in it, else its département's establishments, else the places of formation of its département.
 */
@Component
@RequiredArgsConstructor
class FormationTowns {

    private final Towns towns;
    private final JdbcClient jdbc;

    Optional<Town> locate(String typed) {
        return towns.locate(typed).map(town -> town.placement() == Town.Placement.COMMUNE ? town
                : placeOf(" where town_key(coalesce(s.commune, m.commune_name)) = town_key(:town)", town)
                        .map(point -> town.placedAt(point.latitude(), point.longitude(), Town.Placement.COMMUNE))
                        .or(() -> town.placement() == Town.Placement.DEPARTEMENT ? Optional.of(town)
                                : placeOf(" join commune k on k.name_key = town_key(coalesce(s.commune, m.commune_name))"
                                        + " where k.departement_code = :departement", town)
                                .map(point -> town.placedAt(point.latitude(), point.longitude(),
                                        Town.Placement.DEPARTEMENT)))
                        .orElse(town));
    }

    /** The middle of the places where formations are taught that the condition keeps. */
    private Optional<GeoPoint> placeOf(String condition, Town town) {
        return jdbc.sql("select avg(p.latitude) as latitude, avg(p.longitude) as longitude" + JdbcFormations.FROM + condition
                        + " and p.latitude is not null having count(*) > 0")
                .param("town", town.name())
                .param("departement", town.departementCode())
                .query(GeoPoint.class)
                .optional();
    }
}
