package fr.cmq.campus.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusFacets;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.CampusSummary;
import fr.cmq.campus.Category;
import fr.cmq.campus.Finalite;
import fr.cmq.campus.Member;
import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.OrganisationType;
import fr.cmq.directory.Establishment;
import fr.cmq.directory.Establishments;
import fr.cmq.directory.Filiere;
import fr.cmq.identity.CampusScope;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.db.ReadOncePerTransaction;

/** {@link CampusDirectory} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcCampusDirectory implements CampusDirectory {

    static final String SUMMARY = """
            select c.id, c.code, c.name, c.filiere_code, f.label as filiere_label, c.category, c.status, c.region_code,
                   r.name as region_name,
                   (select string_agg(a.name, ', ' order by a.name) from campus_academie ca
                    join academie a on a.code = ca.academie_code where ca.campus_id = c.id) as academies,
                   c.territory_description, c.label_end""";
    static final String FROM =
            " from campus c join filiere f on f.code = c.filiere_code left join region r on r.code = c.region_code";
    private static final RowMapper<Member> MEMBER = (rs, n) -> new Member(rs.getLong("id"),
            OrganisationType.valueOf(rs.getString("organisation_type")),
            NetworkRole.valueOf(rs.getString("network_role")), rs.getString("name"), rs.getString("uai"),
            rs.getString("siret"), rs.getBoolean("eple"), rs.getString("commune_name"),
            rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
            rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
            rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"),
            rs.getString("presentation"), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final Establishments establishments;
    private final CampusFacetCounter facetCounter;

    /**
     * One page of campuses: the matching ids are ranked and cut to the page first, so that only the page's rows are
     * joined and described, however many campuses match.
     */
    @Override
    public PageResponse<CampusSummary> search(CampusSearch search, int page, int size) {
        var filters = new CampusFilters(search);
        String rank = filters.hasText() && !search.byName() ? "ts_rank(c.search, " + CampusFilters.QUERY + ")" : "0";
        var rows = jdbc.sql("with page as (select c.id, c.name, " + rank + " as rank, count(*) over () as total"
                        + " from campus c" + filters.where(dimension -> true)
                        + " order by rank desc, c.name, c.id limit :limit offset :offset) "
                        + SUMMARY + ", page.total" + FROM + " join page on page.id = c.id"
                        + " order by page.rank desc, page.name, page.id")
                .params(filters.params())
                .param("limit", size)
                .param("offset", PageResponse.offset(page, size))
                .query((row, n) -> Map.entry(row.getLong("total"), summary(row)))
                .list();
        long total = !rows.isEmpty() ? rows.getFirst().getKey()
                : page == 0 ? 0 : jdbc.sql("select count(*) from campus c" + filters.where(dimension -> true))
                        .params(filters.params()).query(Long.class).single();
        return PageResponse.of(rows.stream().map(Map.Entry::getValue).toList(), page, size, total);
    }

    @Override
    public List<CampusSummary> after(CampusSearch search, @Nullable String afterCode, int size) {
        var filters = new CampusFilters(search);
        String where = filters.where(dimension -> true);
        String after = afterCode == null ? "" : (where.isEmpty() ? " where" : " and") + " c.code > :after";
        var params = new HashMap<>(filters.params());
        if (afterCode != null) {
            params.put("after", afterCode);
        }
        return jdbc.sql(SUMMARY + FROM + where + after + " order by c.code limit :limit")
                .params(params).param("limit", size)
                .query((row, n) -> summary(row)).list();
    }

    @Override
    public CampusFacets facets(CampusSearch search) {
        return facetCounter.count(new CampusFilters(search));
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("select id from campus order by id").query(Long.class).list();
    }

    /** Who a campus belongs to, for access checks, without reading the rest of it. */
    @Override
    public Optional<CampusScope> scope(long id) {
        return jdbc.sql("""
                        select c.id, c.region_code, array(select academie_code from campus_academie
                                                          where campus_id = c.id) as academies
                        from campus c where c.id = :id""")
                .param("id", id)
                .query((row, n) -> new CampusScope(row.getLong("id"),
                        Set.of((String[]) row.getArray("academies").getArray()), row.getString("region_code")))
                .optional();
    }

    /** One campus with its network, read in a fixed number of queries, none of them inside another's row mapping. */
    @Override
    public Optional<CampusDetails> find(long id) {
        return ReadOncePerTransaction.get("campus", id, () -> read(id));
    }

    private Optional<CampusDetails> read(long id) {
        var objectives = new EnumMap<Finalite, String>(Finalite.class);
        jdbc.sql("select finalite, comment from campus_objective where campus_id = :id").param("id", id)
                .query((objective, n) -> objectives.put(Finalite.valueOf(objective.getString("finalite")),
                        Optional.ofNullable(objective.getString("comment")).orElse("")))
                .list();
        List<Member> members = jdbc.sql("""
                select id, organisation_type, network_role, name, uai, siret, eple, commune_name, latitude, longitude,
                       joined_on, left_on, contact_name, contact_email, contact_phone, presentation, version
                from campus_member where campus_id = :id order by left_on nulls first, organisation_type, name""")
                .param("id", id).query(MEMBER).list();
        return jdbc.sql(SUMMARY + """
                        , array(select academie_code from campus_academie where campus_id = c.id) as academie_codes,
                          c.support_uai, c.mission_letter_date, c.convention_date, c.presentation, c.website,
                          c.contact_email, c.lieu_de_vie, c.label_start, c.label_nor, c.updated_at, c.updated_by,
                          c.version""" + FROM
                        + " where c.id = :id")
                .param("id", id)
                .query((row, n) -> details(row, objectives, members))
                .optional()
                .map(campus -> campus.withSupportName(supportName(campus)));
    }

    /**
     * The établissement support's name: the one designated by UAI, as the annuaire or the network names it; else the
     * network's head (tête de réseau) when it is an EPLE or a higher-education establishment, which supports it.
     */
    private @Nullable String supportName(CampusDetails campus) {
        var network = campus.activeMembers().stream();
        if (campus.supportUai() != null) {
            return establishments.find(campus.supportUai()).map(Establishment::name)
                    .or(() -> network.filter(m -> campus.supportUai().equals(m.uai())).map(Member::name).findFirst())
                    .orElse(null);
        }
        return network.filter(m -> m.networkRole() == NetworkRole.TETE_DE_RESEAU
                        && (m.eple() || m.organisationType() == OrganisationType.ENSEIGNEMENT_SUPERIEUR))
                .map(Member::name).findFirst().orElse(null);
    }

    private static CampusDetails details(ResultSet row, Map<Finalite, String> objectives, List<Member> members)
            throws SQLException {
        return new CampusDetails(row.getLong("id"), row.getString("code"), row.getString("name"),
                new Filiere(row.getString("filiere_code"), row.getString("filiere_label")),
                Category.valueOf(row.getString("category")), CampusStatus.valueOf(row.getString("status")),
                row.getString("region_code"), row.getString("region_name"),
                Set.of((String[]) row.getArray("academie_codes").getArray()), row.getString("academies"),
                row.getString("territory_description"), row.getString("support_uai"), null,
                row.getObject("mission_letter_date", LocalDate.class),
                row.getObject("convention_date", LocalDate.class), row.getString("presentation"),
                row.getString("website"), row.getString("contact_email"), row.getString("lieu_de_vie"),
                row.getObject("label_start", LocalDate.class),
                row.getObject("label_end", LocalDate.class), row.getString("label_nor"), objectives, members,
                row.getTimestamp("updated_at").toInstant(), row.getString("updated_by"), row.getLong("version"));
    }

    static CampusSummary summary(ResultSet row) throws SQLException {
        return new CampusSummary(row.getLong("id"), row.getString("code"), row.getString("name"),
                new Filiere(row.getString("filiere_code"), row.getString("filiere_label")),
                Category.valueOf(row.getString("category")), CampusStatus.valueOf(row.getString("status")),
                row.getString("region_code"), row.getString("region_name"), row.getString("academies"),
                row.getString("territory_description"), row.getObject("label_end", LocalDate.class));
    }
}
