package fr.cmq.campus.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusFigures;
import fr.cmq.campus.CampusSelection;
import fr.cmq.campus.CampusSummary;
import fr.cmq.shared.Tally;

/** {@link CampusFigures} in SQL: the counts in three grouped statements, whatever the number of campuses. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcCampusFigures implements CampusFigures {

    private final JdbcClient jdbc;

    @Override
    public CampusCounts count(CampusSelection selection) {
        var params = new HashMap<String, Object>();
        String where = " where " + selection.where("c", params);
        var statuses = new ArrayList<Tally>();
        var categories = new ArrayList<Tally>();
        var filieres = new ArrayList<Tally>();
        var regions = new ArrayList<Tally>();
        long[] total = { 0 };
        jdbc.sql("select grouping(c.status, c.category, c.filiere_code, f.label, c.region_code, r.name) as grouped,"
                        + " c.status, c.category, c.filiere_code, f.label as filiere, c.region_code, r.name as region,"
                        + " count(*) as campuses from campus c join filiere f on f.code = c.filiere_code"
                        + " left join region r on r.code = c.region_code" + where
                        + " group by grouping sets ((c.status), (c.category), (c.filiere_code, f.label),"
                        + " (c.region_code, r.name), ())")
                .params(params)
                .query((row, n) -> {
                    long count = row.getLong("campuses");
                    switch (row.getInt("grouped")) {
                        case 0b011111 -> statuses.add(new Tally(row.getString("status"), row.getString("status"), count));
                        case 0b101111 -> categories.add(new Tally(row.getString("category"), row.getString("category"),
                                count));
                        case 0b110011 -> filieres.add(new Tally(row.getString("filiere_code"), row.getString("filiere"),
                                count));
                        case 0b111100 -> regions.add(row.getString("region_code") == null ? new Tally("", "", count)
                                : new Tally(row.getString("region_code"), row.getString("region"), count));
                        default -> total[0] = count;
                    }
                    return count;
                })
                .list();
        var departements = jdbc.sql("select cd.departement_code, d.name, count(*) as campuses"
                        + " from campus_departement cd join campus c on c.id = cd.campus_id"
                        + " join departement d on d.code = cd.departement_code" + where
                        + " group by cd.departement_code, d.name order by cd.departement_code")
                .params(params)
                .query((row, n) -> new Tally(row.getString("departement_code"), row.getString("name"),
                        row.getLong("campuses")))
                .list();
        var members = jdbc.sql("select m.organisation_type, count(*) as members from campus_member m"
                        + " join campus c on c.id = m.campus_id" + where + " and m.left_on is null"
                        + " group by m.organisation_type order by m.organisation_type")
                .params(params)
                .query((row, n) -> new Tally(row.getString("organisation_type"), row.getString("organisation_type"),
                        row.getLong("members")))
                .list();
        filieres.sort(java.util.Comparator.comparing(Tally::label));
        regions.sort(java.util.Comparator.comparing(Tally::label));
        return new CampusCounts(total[0], statuses, categories, filieres, regions, departements, members);
    }

    @Override
    public List<Tally> labelsByYear(CampusSelection selection) {
        var params = new HashMap<String, Object>();
        return jdbc.sql("select extract(year from c.label_start)::int as year, count(*) as campuses from campus c"
                        + " where c.label_start is not null and " + selection.where("c", params)
                        + " group by 1 order by 1")
                .params(params)
                .query((row, n) -> new Tally(row.getString("year"), row.getString("year"), row.getLong("campuses")))
                .list();
    }

    @Override
    public List<CampusSummary> campuses(CampusSelection selection) {
        return list(selection, "", Map.of(), " order by c.name, c.id");
    }

    @Override
    public List<CampusSummary> labelsEnding(CampusSelection selection, LocalDate from, LocalDate to) {
        return list(selection, " and c.label_end between :from and :to", Map.of("from", from, "to", to),
                " order by c.label_end, c.name, c.id");
    }

    private List<CampusSummary> list(CampusSelection selection, String condition, Map<String, Object> more,
            String order) {
        var params = new HashMap<String, Object>(more);
        return jdbc.sql(JdbcCampusDirectory.SUMMARY + JdbcCampusDirectory.FROM + " where "
                        + selection.where("c", params) + condition + order)
                .params(params)
                .query((row, n) -> JdbcCampusDirectory.summary(row))
                .list();
    }
}
