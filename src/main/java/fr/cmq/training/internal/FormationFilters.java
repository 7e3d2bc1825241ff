package fr.cmq.training.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.util.StringUtils;

import fr.cmq.training.FormationSearch;
import fr.cmq.training.FormationSort;
import fr.cmq.training.LearnerStatus;

/**
 * The SQL conditions of a search of formations, each tagged with the filter it comes from: on {@code f}, the
 * formation's row of the search's narrow table ({@code formation_search}, V38).
 */
final class FormationFilters {

    /** Parsed once per statement (a sub-select is run once), not once per formation compared. */
    static final String QUERY = "(select websearch_to_tsquery('french_unaccent', :text))";
    /** The words' beginnings: "soudure" finds "soudage", which a French stemmer keeps apart. */
    static final String PREFIX_QUERY = "(select to_tsquery('french_unaccent', :prefixes))";
    private static final String SIMILAR = "(select cmq_unaccent(lower(:text)))";
    private static final String DISTANCE = "(6371.0 * 2 * asin(sqrt(power(sin(radians(f.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(f.latitude)) * power(sin(radians(f.longitude - :lon) / 2), 2))))";

    /** Formations taught inside the box around the point: found by index, then measured. */
    private static final String IN_BOX = "f.latitude between :south and :north and f.longitude between :west and :east";
    /** A degree of latitude, and of longitude at the equator, in km (a box a little larger than the circle). */
    private static final double KM_PER_DEGREE = 110.0;
    private static final int MIN_PREFIX = 4;

    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final Map<String, Object> params = new HashMap<>();
    private final Match match;
    private final boolean near;

    /** How the text is matched: its words, else their beginnings, else titles close to it (a typo). */
    enum Match {
        WORDS, BEGINNINGS, SIMILAR
    }

    FormationFilters(FormationSearch search, Match match) {
        this.match = match;
        if (StringUtils.hasText(search.text())) {
            params.put("text", search.text().strip());
            params.put("prefixes", prefixes(search.text()));
            conditions.put("text", switch (match) {
                case WORDS -> "f.search @@ " + QUERY;
                case BEGINNINGS -> "f.search @@ " + PREFIX_QUERY;
                case SIMILAR -> "f.search_text %> " + SIMILAR;
            });
        }
        if (search.level() != null) {
            params.put("level", search.level());
            conditions.put("level", "f.level = :level");
        }
        if (search.status() != null) {
            conditions.put("status", "f." + column(search.status()));
        }
        if (search.accessibleOnly()) {
            conditions.put("accessible", "f.accessible");
        }
        if (StringUtils.hasText(search.filiere())) {
            params.put("filiere", search.filiere());
            conditions.put("filiere", "f.filiere_code = :filiere");
        }
        if (StringUtils.hasText(search.region())) {
            params.put("region", search.region());
            conditions.put("region", "f.region_code = :region");
        }
        if (StringUtils.hasText(search.academie())) {
            params.put("academie", search.academie());
            conditions.put("academie", "exists (select 1 from campus_academie x where x.campus_id = f.campus_id"
                    + " and x.academie_code = :academie)");
        }
        if (StringUtils.hasText(search.departement())) {
            params.put("departement", search.departement());
            conditions.put("departement", "exists (select 1 from campus_departement x"
                    + " where x.campus_id = f.campus_id and x.departement_code = :departement)");
        }
        near = search.near() != null;
        if (search.near() != null) {
            double latitude = search.near().latitude();
            params.put("lat", latitude);
            params.put("lon", search.near().longitude());
            if (search.radiusKm() != null) {
                double halfHeight = search.radiusKm() / KM_PER_DEGREE;
                double halfWidth = search.radiusKm()
                        / (KM_PER_DEGREE * Math.max(Math.cos(Math.toRadians(latitude)), 0.01));
                params.put("radius", search.radiusKm());
                params.put("south", latitude - halfHeight);
                params.put("north", latitude + halfHeight);
                params.put("west", search.near().longitude() - halfWidth);
                params.put("east", search.near().longitude() + halfWidth);
                conditions.put("near", IN_BOX + " and " + DISTANCE + " <= :radius");
            }
        }
    }

    boolean hasText() {
        return params.containsKey("text");
    }

    Match match() {
        return match;
    }

    /** Whether the search filters by these dimensions at most, besides its words. */
    boolean limitedTo(Set<String> dimensions) {
        return conditions.keySet().stream().allMatch(key -> key.equals("text") || dimensions.contains(key));
    }

    String rank() {
        if (!params.containsKey("text")) {
            return "0";
        }
        return switch (match) {
            case WORDS -> "ts_rank(f.search, " + QUERY + ")";
            case BEGINNINGS -> "ts_rank(f.search, " + PREFIX_QUERY + ")";
            case SIMILAR -> "word_similarity(" + SIMILAR + ", f.search_text)";
        };
    }

    /**
     * Each word's beginning as a prefix query, all required: a word loses its last three letters (its ending, mostly),
     * keeping four at least. Only letters and digits reach the query.
     */
    static String prefixes(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .map(word -> word.length() > MIN_PREFIX + 2 ? word.substring(0, Math.max(MIN_PREFIX, word.length() - 3))
                        : word)
                .map(word -> word + ":*").collect(Collectors.joining(" & "));
    }

    String distance() {
        return near ? DISTANCE : "null::float8";
    }

    /**
     * The nearest first when asked, or by default without text; levels then titles break ties. Named by the
     * columns of the ranked page, with {@code prefix} when read from outside it.
     */
    String order(FormationSort sort, String prefix) {
        String byLevel = prefix + "level, " + prefix + "title, " + prefix + "id";
        String nearest = prefix + "distance_km nulls last, " + byLevel;
        return switch (sort) {
            case NIVEAU -> byLevel;
            case DISTANCE -> near ? nearest : byLevel;
            case PERTINENCE -> params.containsKey("text") ? prefix + "rank desc, " + byLevel
                    : near ? nearest : byLevel;
        };
    }

    /** The values the conditions name. */
    Map<String, Object> params() {
        return params;
    }

    /** The condition of one filter, or {@code true} when the search has none. */
    String condition(String dimension) {
        return conditions.getOrDefault(dimension, "true");
    }

    String where(Predicate<String> kept) {
        var applied = conditions.entrySet().stream().filter(entry -> kept.test(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        return applied.isEmpty() ? "" : " where " + String.join(" and ", applied);
    }

    /** The column of the formation that says it is open under this status. */
    static String column(LearnerStatus status) {
        return switch (status) {
            case SCOLAIRE -> "scolaire";
            case APPRENTISSAGE -> "apprentissage";
            case FORMATION_CONTINUE -> "formation_continue";
            case VAE -> "vae";
        };
    }
}
