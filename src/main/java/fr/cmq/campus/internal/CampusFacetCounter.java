package fr.cmq.campus.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusFacets;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.campus.Facet;
import fr.cmq.directory.Filiere;
import fr.cmq.directory.Filieres;
import fr.cmq.territory.Academie;
import fr.cmq.territory.Region;
import fr.cmq.territory.Territories;

/**
 * For each filter of the directory, how many campuses each of its values would show, the other filters applied: the
 * filière, région, category and status in one pass over the campuses the words match, the académies (a campus may
 * have several) in a second; the values and their names from the reference lists.
 */
@Component
@RequiredArgsConstructor
class CampusFacetCounter {

    private static final List<String> OWN_COLUMNS = List.of("filiere", "region", "category", "status");

    private final JdbcClient jdbc;
    private final Filieres filieres;
    private final Territories territories;

    CampusFacets count(CampusFilters filters) {
        var counts = new HashMap<String, Long>();
        jdbc.sql("select grouping(c.filiere_code, c.region_code, c.category, c.status) as grouped,"
                        + " c.filiere_code, c.region_code, c.category, c.status, "
                        + countedWithout("filiere", filters) + " as by_filiere, "
                        + countedWithout("region", filters) + " as by_region, "
                        + countedWithout("category", filters) + " as by_category, "
                        + countedWithout("status", filters) + " as by_status from campus c"
                        + filters.where(dimension -> !OWN_COLUMNS.contains(dimension) && !dimension.equals("academie"))
                        + " group by grouping sets ((c.filiere_code), (c.region_code), (c.category), (c.status))")
                .params(filters.params())
                .query((row, n) -> switch (row.getInt("grouped")) {
                    case 0b0111 -> counts.put("filiere:" + row.getString("filiere_code"), row.getLong("by_filiere"));
                    case 0b1011 -> counts.put("region:" + row.getString("region_code"), row.getLong("by_region"));
                    case 0b1101 -> counts.put("category:" + row.getString("category"), row.getLong("by_category"));
                    default -> counts.put("status:" + row.getString("status"), row.getLong("by_status"));
                })
                .list();
        jdbc.sql("select ca.academie_code, count(*) as campuses"
                        + " from campus_academie ca join campus c on c.id = ca.campus_id"
                        + filters.where(dimension -> !dimension.equals("academie")) + " group by ca.academie_code")
                .params(filters.params())
                .query((row, n) -> counts.put("academie:" + row.getString("academie_code"), row.getLong("campuses")))
                .list();
        return new CampusFacets(
                facets(filieres.all(), counts, "filiere", Filiere::code, Filiere::label),
                facets(territories.regions(), counts, "region", Region::code, Region::name),
                facets(territories.academies(), counts, "academie", Academie::code, Academie::name),
                facets(List.of(Category.values()), counts, "category", Enum::name, Enum::name),
                facets(List.of(CampusStatus.values()), counts, "status", Enum::name, Enum::name));
    }

    /** Campuses matching every filter of the search but {@code own}. */
    private static String countedWithout(String own, CampusFilters filters) {
        String others = String.join(" and ", OWN_COLUMNS.stream().filter(dimension -> !dimension.equals(own))
                .map(filters::condition).toList());
        return "count(*) filter (where " + others + " and " + filters.condition("academie") + ")";
    }

    private static <T> List<Facet> facets(List<T> values, Map<String, Long> counts, String dimension,
            Function<T, String> value, Function<T, String> label) {
        return values.stream().map(each -> new Facet(value.apply(each), label.apply(each),
                counts.getOrDefault(dimension + ":" + value.apply(each), 0L))).toList();
    }
}
