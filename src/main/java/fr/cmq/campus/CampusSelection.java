package fr.cmq.campus;

import java.util.ArrayList;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

import fr.cmq.identity.ReadableCampuses;

/**
 * The campuses a dashboard counts: those its reader may read (a pilot's territory, everything for the national
 * administration), narrowed by the filters of its address. Every module's figures apply the same condition, so that
 * each count equals the list behind it.
 */
public record CampusSelection(ReadableCampuses readable, @Nullable String region, @Nullable String departement,
        @Nullable String filiere, @Nullable Category category, @Nullable CampusStatus status) {

    /**
     * The SQL condition on the campus table under {@code alias}, its parameters put in {@code params} (named
     * {@code sel_…}, so as not to meet the caller's).
     */
    public String where(String alias, Map<String, Object> params) {
        var conditions = new ArrayList<String>();
        if (!readable.everywhere()) {
            var readableBy = new ArrayList<String>();
            if (!readable.campusIds().isEmpty()) {
                readableBy.add(alias + ".id in (:sel_campuses)");
                params.put("sel_campuses", readable.campusIds());
            }
            if (!readable.regionCodes().isEmpty()) {
                readableBy.add(alias + ".region_code in (:sel_regions)");
                params.put("sel_regions", readable.regionCodes());
            }
            if (!readable.academieCodes().isEmpty()) {
                readableBy.add("exists (select 1 from campus_academie sel_a where sel_a.campus_id = " + alias
                        + ".id and sel_a.academie_code in (:sel_academies))");
                params.put("sel_academies", readable.academieCodes());
            }
            conditions.add(readableBy.isEmpty() ? "false" : "(" + String.join(" or ", readableBy) + ")");
        }
        if (StringUtils.hasText(region)) {
            conditions.add(alias + ".region_code = :sel_region");
            params.put("sel_region", region);
        }
        if (StringUtils.hasText(departement)) {
            conditions.add("exists (select 1 from campus_departement sel_d where sel_d.campus_id = " + alias
                    + ".id and sel_d.departement_code = :sel_departement)");
            params.put("sel_departement", departement);
        }
        if (StringUtils.hasText(filiere)) {
            conditions.add(alias + ".filiere_code = :sel_filiere");
            params.put("sel_filiere", filiere);
        }
        if (category != null) {
            conditions.add(alias + ".category = :sel_category");
            params.put("sel_category", category.name());
        }
        if (status != null) {
            conditions.add(alias + ".status = :sel_status");
            params.put("sel_status", status.name());
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
