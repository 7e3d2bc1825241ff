package fr.cmq.campus.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.CampusSummary;
import fr.cmq.campus.Category;
import fr.cmq.directory.Filiere;

/**
 * A campus in the API's list: {@code id, code, name, filiere {code,label}, category, status, region, academie,
 * labelEnd}; {@code code} is its stable national code.
 */
record CampusListItem(long id, String code, String name, Filiere filiere, Category category, CampusStatus status,
        @Nullable String region, @Nullable String academie, @Nullable LocalDate labelEnd) {

    static CampusListItem of(CampusSummary campus) {
        return new CampusListItem(campus.id(), campus.code(), campus.name(), campus.filiere(), campus.category(), campus.status(),
                campus.regionName(), campus.academies(), campus.labelEnd());
    }
}
