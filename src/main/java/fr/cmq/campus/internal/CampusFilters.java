package fr.cmq.campus.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.util.StringUtils;

import fr.cmq.campus.CampusSearch;

/** The SQL conditions of a search, each tagged with the filter it comes from. */
final class CampusFilters {

    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Parsed once per statement (a sub-select is run once), not once per campus compared. */
    static final String QUERY = "(select websearch_to_tsquery('french_unaccent', :text))";

    CampusFilters(CampusSearch search) {
        if (StringUtils.hasText(search.text())) {
            params.put("text", search.text().strip());
            conditions.put("text", "c.search @@ " + QUERY);
        }
        if (StringUtils.hasText(search.filiere())) {
            params.put("filiere", search.filiere());
            conditions.put("filiere", "c.filiere_code = :filiere");
        }
        if (StringUtils.hasText(search.region())) {
            params.put("region", search.region());
            conditions.put("region", "c.region_code = :region");
        }
        if (StringUtils.hasText(search.academie())) {
            params.put("academie", search.academie());
            conditions.put("academie",
                    "exists (select 1 from campus_academie x where x.campus_id = c.id and x.academie_code = :academie)");
        }
        if (search.category() != null) {
            params.put("category", search.category().name());
            conditions.put("category", "c.category = :category");
        }
        if (search.status() != null) {
            params.put("status", search.status().name());
            conditions.put("status", "c.status = :status");
        }
    }

    Map<String, Object> params() {
        return params;
    }

    /** The condition of one filter, or {@code true} when the search has none. */
    String condition(String dimension) {
        return conditions.getOrDefault(dimension, "true");
    }

    boolean hasText() {
        return conditions.containsKey("text");
    }

    String where(Predicate<String> kept) {
        var applied = conditions.entrySet().stream().filter(entry -> kept.test(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        return applied.isEmpty() ? "" : " where " + String.join(" and ", applied);
    }
}
