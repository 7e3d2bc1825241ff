package fr.cmq.campus.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusRegister;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.campus.RegisteredCampus;
import fr.cmq.campus.RegisteredSite;
import fr.cmq.campus.SiteKind;
import fr.cmq.shared.DataVersion;
import fr.cmq.shared.db.Rows;
import fr.cmq.shared.db.StreamedRows;

/** {@link CampusRegister} in SQL: each list read in one statement, a few hundred rows at a time. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcCampusRegister implements CampusRegister {

    private final JdbcClient jdbc;
    private final StreamedRows streamed;

    /** Campuses change their updated_at and version on every edit; sites have neither, so their rows are hashed. */
    @Override
    public DataVersion version() {
        return jdbc.sql("""
                        select concat_ws('-', (select count(*) from campus), (select sum(version) from campus),
                               (select max(updated_at) from campus),
                               (select md5(string_agg(concat_ws('|', id, campus_id, kind, name, address, commune, uai,
                                                                latitude, longitude), ',' order by id))
                                from campus_site)) as fingerprint,
                               (select max(updated_at) from campus) as last_change""")
                .query((row, n) -> new DataVersion(row.getString("fingerprint"), Rows.instant(row, "last_change")))
                .single();
    }

    @Override
    public Map<Long, String> codes() {
        var codes = new HashMap<Long, String>();
        jdbc.sql("select id, code from campus").query((RowCallbackHandler) row -> codes.put(row.getLong("id"),
                row.getString("code")));
        return codes;
    }

    @Override
    public void eachCampus(Consumer<RegisteredCampus> reader) {
        streamed.jdbc().sql("""
                        select c.code, c.id, c.name, c.filiere_code, f.label as filiere, c.category, c.status,
                               c.region_code, r.name as region, c.territory_description, c.support_uai, c.label_start,
                               c.label_end, c.website, c.updated_at,
                               array(select a.name from campus_academie ca join academie a on a.code = ca.academie_code
                                     where ca.campus_id = c.id order by a.name) as academies,
                               array(select departement_code from campus_departement where campus_id = c.id
                                     order by departement_code) as departements,
                               (select count(*) from campus_member m where m.campus_id = c.id and m.left_on is null)
                                   as members,
                               (select count(*) from campus_member m where m.campus_id = c.id and m.left_on is null
                                   and m.organisation_type = 'ENTREPRISE') as companies
                        from campus c join filiere f on f.code = c.filiere_code
                        left join region r on r.code = c.region_code
                        order by c.code""")
                .query((RowCallbackHandler) row -> reader.accept(new RegisteredCampus(row.getString("code"),
                        row.getLong("id"), row.getString("name"), row.getString("filiere_code"),
                        row.getString("filiere"), Category.valueOf(row.getString("category")),
                        CampusStatus.valueOf(row.getString("status")), row.getString("region_code"),
                        row.getString("region"), texts(row.getArray("academies")),
                        texts(row.getArray("departements")), row.getString("territory_description"),
                        row.getString("support_uai"), row.getObject("label_start", LocalDate.class),
                        row.getObject("label_end", LocalDate.class), row.getString("website"), row.getInt("members"),
                        row.getInt("companies"), Rows.instant(row, "updated_at"))));
    }

    @Override
    public void eachSite(Consumer<RegisteredSite> reader) {
        streamed.jdbc().sql("""
                        select c.code, c.name as campus_name, s.name, s.kind, s.address, s.commune, s.uai, s.latitude,
                               s.longitude
                        from campus_site s join campus c on c.id = s.campus_id
                        order by c.code, s.name, s.id""")
                .query((RowCallbackHandler) row -> reader.accept(new RegisteredSite(row.getString("code"),
                        row.getString("campus_name"), row.getString("name"), SiteKind.valueOf(row.getString("kind")),
                        row.getString("address"), row.getString("commune"), row.getString("uai"),
                        row.getObject("latitude", Double.class), row.getObject("longitude", Double.class))));
    }

    private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }
}
