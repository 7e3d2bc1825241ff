package fr.cmq.campus.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.GrantPlaces;

/** {@link GrantPlaces} from the campus tables. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcGrantPlaces implements GrantPlaces {

    private final JdbcClient jdbc;

    @Override
    public Set<Long> campusesWithin(boolean everywhere, Set<String> academieCodes, Set<String> regionCodes) {
        if (!everywhere && academieCodes.isEmpty() && regionCodes.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select c.id from campus c where :everywhere or c.region_code = any(:regions)"
                        + " or exists (select 1 from campus_academie a where a.campus_id = c.id"
                        + " and a.academie_code = any(:academies))")
                .param("everywhere", everywhere)
                .param("regions", regionCodes.toArray(String[]::new))
                .param("academies", academieCodes.toArray(String[]::new))
                .query(Long.class).set();
    }

    @Override
    public Map<Long, String> campusNames(Collection<Long> campusIds) {
        return names("select id, name from campus where id = any(:ids) order by name", campusIds);
    }

    @Override
    public List<Place> members(long campusId) {
        return jdbc.sql("select id, name from campus_member where campus_id = :campus and left_on is null order by name")
                .param("campus", campusId).query((row, n) -> new Place(row.getLong("id"), row.getString("name")))
                .list();
    }

    @Override
    public Map<Long, String> memberNames(Collection<Long> memberIds) {
        return names("select id, name from campus_member where id = any(:ids) order by name", memberIds);
    }

    @Override
    public Map<String, String> academies() {
        return codes("select code, name from academie order by name");
    }

    @Override
    public Map<String, String> regions() {
        return codes("select code, name from region order by name");
    }

    private Map<String, String> codes(String sql) {
        var names = new LinkedHashMap<String, String>();
        jdbc.sql(sql).query((row, n) -> names.put(row.getString("code"), row.getString("name"))).list();
        return names;
    }

    private Map<Long, String> names(String sql, Collection<Long> ids) {
        var names = new LinkedHashMap<Long, String>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids.toArray(Long[]::new))
                    .query((row, n) -> names.put(row.getLong("id"), row.getString("name"))).list();
        }
        return names;
    }
}
