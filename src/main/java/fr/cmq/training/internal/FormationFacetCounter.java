package fr.cmq.training.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.Facet;
import fr.cmq.directory.Filieres;
import fr.cmq.directory.Level;
import fr.cmq.training.FormationFacets;
import fr.cmq.territory.Territories;
import fr.cmq.training.LearnerStatus;

/**
 * The four facets of a search of formations, each count leaving out its own filter. A search of one word or of none,
 * limited by facets only, adds up the counts kept ahead for that word ({@code formation_word_count}, V39, ADR 0019);
 * any other counts the matching formations of the search's table.
 */
@Component
@RequiredArgsConstructor
class FormationFacetCounter {

    /** The filters whose values the facets count. */
    static final Set<String> FACETED = Set.of("level", "status", "filiere", "region");
    /** The one lexeme of a search's words, or null when they make none or several. */
    private static final String ONE_WORD = "select case when numnode(q) = 1"
            + " then array_to_string(tsvector_to_array(q::text::tsvector), '') end"
            + " from websearch_to_tsquery('french_unaccent', :text) q";
    /** The row of {@code formation_word_count} standing for every formation. */
    private static final String EVERY_FORMATION = "";

    private final JdbcClient jdbc;
    private final Filieres filieres;
    private final Territories territories;

    FormationFacets count(FormationFilters filters) {
        @Nullable String word = filters.limitedTo(FACETED) ? wordCountedAhead(filters) : null;
        var counts = word != null
                ? counts(filters, "coalesce(sum(f.formations) filter (where %s), 0)",
                        " from formation_word_count f where f.word = :word", Map.of("word", word))
                : counts(filters, "count(*) filter (where %s)", " from formation_search f"
                        + filters.where(dimension -> !FACETED.contains(dimension)), Map.of());
        var levels = new ArrayList<Facet>();
        for (Level each : Level.values()) {
            String value = String.valueOf(each.number());
            levels.add(new Facet(value, each.inWords(), counts.getOrDefault("level:" + value, 0L)));
        }
        var statuses = new ArrayList<Facet>();
        for (LearnerStatus open : LearnerStatus.values()) {
            statuses.add(new Facet(open.name(), open.name(), counts.getOrDefault("status:" + open.name(), 0L)));
        }
        return new FormationFacets(levels, statuses,
                filieres.all().stream().map(filiere -> new Facet(filiere.code(), filiere.label(),
                        counts.getOrDefault("filiere:" + filiere.code(), 0L))).toList(),
                territories.regions().stream().map(region -> new Facet(region.code(), region.name(),
                        counts.getOrDefault("region:" + region.code(), 0L))).toList());
    }

    /** The word whose counts answer the search: its one lexeme, every formation without words, else none. */
    private @Nullable String wordCountedAhead(FormationFilters filters) {
        if (!filters.hasText()) {
            return EVERY_FORMATION;
        }
        if (filters.match() != FormationFilters.Match.WORDS) {
            return null;
        }
        return jdbc.sql(ONE_WORD).param("text", filters.params().get("text")).query(String.class).optional()
                .orElse(null);
    }

    /**
     * One pass in {@code grouping sets} by level, filière and région, and the statuses on the grand total; each
     * {@code counted} is an aggregate of its {@code %s} condition.
     */
    private Map<String, Long> counts(FormationFilters filters, String counted, String from, Map<String, ?> params) {
        String level = filters.condition("level");
        String status = filters.condition("status");
        String filiere = filters.condition("filiere");
        String region = filters.condition("region");
        var counts = new HashMap<String, Long>();
        jdbc.sql("select grouping(f.level, f.filiere_code, f.region_code) as grouped, f.level::text as level,"
                        + " f.filiere_code, f.region_code, "
                        + counted.formatted(status + " and " + filiere + " and " + region) + " as by_level, "
                        + counted.formatted(level + " and " + status + " and " + region) + " as by_filiere, "
                        + counted.formatted(level + " and " + status + " and " + filiere) + " as by_region, "
                        + statusCounts(counted, level + " and " + filiere + " and " + region) + from
                        + " group by grouping sets ((f.level), (f.filiere_code), (f.region_code), ())")
                .params(filters.params())
                .params(params)
                .query((row, n) -> {
                    switch (row.getInt("grouped")) {
                        case 0b011 -> counts.put("level:" + row.getString("level"), row.getLong("by_level"));
                        case 0b101 -> counts.put("filiere:" + row.getString("filiere_code"), row.getLong("by_filiere"));
                        case 0b110 -> counts.put("region:" + row.getString("region_code"), row.getLong("by_region"));
                        default -> {
                            for (LearnerStatus open : LearnerStatus.values()) {
                                counts.put("status:" + open.name(), row.getLong(FormationFilters.column(open)));
                            }
                        }
                    }
                    return row.getInt("grouped");
                })
                .list();
        return counts;
    }

    private static String statusCounts(String counted, String otherFilters) {
        return Arrays.stream(LearnerStatus.values())
                .map(open -> counted.formatted(otherFilters + " and f." + FormationFilters.column(open)) + " as "
                        + FormationFilters.column(open))
                .collect(Collectors.joining(", "));
    }
}
