package fr.cmq.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import fr.cmq.directory.Level;
import fr.cmq.directory.Town;
import fr.cmq.shared.DataVersion;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.db.Rows;
import fr.cmq.shared.db.StreamedRows;
import fr.cmq.shared.db.ReadOncePerTransaction;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.Formation;
import fr.cmq.training.FormationFacets;
import fr.cmq.training.FormationSearch;
import fr.cmq.training.Formations;
import fr.cmq.training.GeoPoint;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;
import fr.cmq.training.Parcours;
import fr.cmq.training.Passerelle;
import fr.cmq.training.StepOfPath;

/** {@link Formations} in SQL: formations of active members, joined to their campus and place in one query. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcFormations implements Formations {

    /** A formation is taught at its site when it has one, else at its member's place. */
    static final String FROM = " " + """
             from formation f
             join campus c on c.id = f.campus_id
             join campus_member m on m.id = f.member_id and m.left_on is null
             left join campus_site s on s.id = f.site_id
             cross join lateral (select coalesce(s.latitude, m.latitude) as latitude,
                                        coalesce(s.longitude, m.longitude) as longitude) p""";
    private static final String COLUMNS = """
            select f.id, f.campus_id, c.name as campus_name, f.member_id, m.name as member_name, m.uai as member_uai,
                   f.site_id, s.name as place_name, coalesce(s.commune, m.commune_name) as commune, p.latitude,
                   p.longitude, f.certification_id, f.title, f.type_label, f.rncp_code, f.level, f.scolaire,
                   f.scolaire_capacity, f.apprentissage, f.apprentissage_capacity, f.formation_continue,
                   f.formation_continue_capacity, f.vae, f.duration, f.start_dates, f.admission, f.accessible,
                   f.handicap_referent, f.adaptations, f.description, f.onisep_url, f.version""";

    /** What a search filters, ranks and counts: the formations of active members, one narrow row each. */
    private static final String SEARCHED = " from formation_search f";

    private final JdbcClient jdbc;
    private final FormationTowns towns;
    private final FormationFacetCounter facetCounter;
    private final StreamedRows streamed;

    /** The matching ids are ranked and cut to the page first, so that only the page's rows are described. */
    @Override
    public PageResponse<Formation> search(FormationSearch search, int page, int size) {
        var filters = filters(search);
        String ranked = "with page as (select " + filters.rank() + " as rank, " + filters.distance()
                + " as distance_km, f.formation_id as id, f.level, f.title, count(*) over () as total" + SEARCHED
                + filters.where(any -> true)
                + " order by " + filters.order(search.sort(), "") + " limit :limit offset :offset) ";
        var rows = jdbc.sql(ranked + COLUMNS + ", page.distance_km, page.total" + FROM + " join page on page.id = f.id"
                        + " order by " + filters.order(search.sort(), "page."))
                .params(filters.params())
                .param("limit", size)
                .param("offset", PageResponse.offset(page, size))
                .query((row, n) -> Map.entry(row.getLong("total"), formation(row)))
                .list();
        long total = !rows.isEmpty() ? rows.getFirst().getKey()
                : page == 0 ? 0 : jdbc.sql("select count(*)" + SEARCHED + filters.where(any -> true))
                        .params(filters.params()).query(Long.class).single();
        return PageResponse.of(rows.stream().map(Map.Entry::getValue).toList(), page, size, total);
    }

    @Override
    public FormationFacets facets(FormationSearch search) {
        return facetCounter.count(filters(search));
    }

    @Override
    public List<Formation> ofCampus(long campusId) {
        return jdbc.sql(COLUMNS + ", null::float8 as distance_km" + FROM
                        + " where f.campus_id = :campus order by f.level, f.title, f.id")
                .param("campus", campusId)
                .query((row, n) -> formation(row))
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*)" + FROM).query(Long.class).single();
    }

    @Override
    public List<Long> ids(int page, int size) {
        return jdbc.sql("select f.id" + FROM + " order by f.id limit :size offset :offset")
                .param("size", size).param("offset", PageResponse.offset(page, size)).query(Long.class).list();
    }

    @Override
    public DataVersion version() {
        return jdbc.sql("select concat_ws('-', count(*), sum(version), max(updated_at)) as fingerprint,"
                        + " max(updated_at) as last_change from formation")
                .query((row, n) -> new DataVersion(row.getString("fingerprint"), Rows.instant(row, "last_change")))
                .single();
    }

    @Override
    public void eachFormation(Consumer<Formation> reader) {
        streamed.jdbc().sql(COLUMNS + ", null::float8 as distance_km" + FROM + " order by f.campus_id, f.level, f.title, f.id")
                .query((RowCallbackHandler) row -> reader.accept(formation(row)));
    }

    @Override
    public Optional<Formation> find(long formationId) {
        return jdbc.sql(COLUMNS + ", null::float8 as distance_km" + FROM + " where f.id = :id")
                .param("id", formationId)
                .query((row, n) -> formation(row))
                .optional();
    }

    @Override
    public List<Parcours> parcoursOf(long campusId) {
        var rows = jdbc.sql("select p.id, p.name, p.description, " + step("f", "m", "s", "") + " from parcours p"
                        + " join parcours_step ps on ps.parcours_id = p.id" + joined("f", "m", "s", "ps.formation_id")
                        + " where p.campus_id = :campus order by p.name, p.id, ps.position")
                .param("campus", campusId)
                .query((row, n) -> new Parcours(row.getLong("id"), campusId, row.getString("name"),
                        row.getString("description"), List.of(step(row, ""))))
                .list();
        var parcours = new LinkedHashMap<Long, Parcours>();
        for (Parcours row : rows) {
            parcours.merge(row.id(), row, (first, next) -> new Parcours(first.id(), campusId, first.name(),
                    first.description(), Stream.concat(first.steps().stream(), next.steps().stream()).toList()));
        }
        return List.copyOf(parcours.values());
    }

    @Override
    public Map<Long, List<String>> parcoursNames(Collection<Long> formationIds) {
        if (formationIds.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<Long, List<String>>();
        jdbc.sql("select ps.formation_id, p.name from parcours_step ps join parcours p on p.id = ps.parcours_id"
                        + " where ps.formation_id in (:ids) order by p.name")
                .param("ids", formationIds)
                .query((row, n) -> names.computeIfAbsent(row.getLong("formation_id"), id -> new ArrayList<>())
                        .add(row.getString("name")))
                .list();
        return names;
    }

    @Override
    public List<Passerelle> passerellesOf(long campusId) {
        return jdbc.sql("select x.id, x.from_status, x.to_status, x.conditions, " + step("f", "m", "s", "from_") + ", "
                        + step("g", "n", "t", "to_") + " from passerelle x"
                        + joined("f", "m", "s", "x.from_formation_id") + joined("g", "n", "t", "x.to_formation_id")
                        + " where x.campus_id = :campus order by f.level, f.title, g.level, g.title, x.id")
                .param("campus", campusId)
                .query((row, n) -> new Passerelle(row.getLong("id"), campusId, step(row, "from_"), step(row, "to_"),
                        status(row.getString("from_status")), status(row.getString("to_status")),
                        row.getString("conditions")))
                .list();
    }

    /** The columns of a step of a path, read from the formation {@code f}, its member {@code m} and its site {@code s}. */
    private static String step(String f, String m, String s, String prefix) {
        return ("%1$s.id as %4$sformation_id, %1$s.title as %4$stitle, %1$s.level as %4$slevel, %2$s.name as %4$smember,"
                + " coalesce(%3$s.commune, %2$s.commune_name) as %4$scommune, %1$s.scolaire as %4$sscolaire,"
                + " %1$s.apprentissage as %4$sapprentissage, %1$s.formation_continue as %4$sformation_continue,"
                + " %1$s.vae as %4$svae").formatted(f, m, s, prefix);
    }

    private static String joined(String f, String m, String s, String formationId) {
        return " join formation %1$s on %1$s.id = %4$s join campus_member %2$s on %2$s.id = %1$s.member_id"
                .formatted(f, m, s, formationId)
                + " left join campus_site %3$s on %3$s.id = %1$s.site_id".formatted(f, m, s, formationId);
    }

    private static StepOfPath step(ResultSet row, String prefix) throws SQLException {
        var statuses = new ArrayList<LearnerStatus>();
        for (LearnerStatus status : LearnerStatus.values()) {
            if (row.getBoolean(prefix + FormationFilters.column(status))) {
                statuses.add(status);
            }
        }
        int level = row.getInt(prefix + "level");
        return new StepOfPath(row.getLong(prefix + "formation_id"), row.getString(prefix + "title"), level,
                Level.of(level).orElseThrow().inWords(), row.getString(prefix + "member"),
                row.getString(prefix + "commune"), List.copyOf(statuses));
    }

    private static @Nullable LearnerStatus status(@Nullable String name) {
        return name == null ? null : LearnerStatus.valueOf(name);
    }

    @Override
    public Optional<Town> locate(String typed) {
        return towns.locate(typed);
    }

    /**
     * Words when some formation has them; otherwise their beginnings ("soudure", "soudage"); otherwise titles close to
     * the text, so that a typo still finds.
     */
    /** How the search's words match, decided once per page: its results and its facets ask it both. */
    private FormationFilters filters(FormationSearch search) {
        if (!StringUtils.hasText(search.text())) {
            return new FormationFilters(search, FormationFilters.Match.WORDS);
        }
        String text = search.text().strip();
        return new FormationFilters(search, ReadOncePerTransaction.get("formation-words", text, () -> match(text)));
    }

    private FormationFilters.Match match(String text) {
        if (exists(FormationFilters.QUERY, "text", text)) {
            return FormationFilters.Match.WORDS;
        }
        String prefixes = FormationFilters.prefixes(text);
        return !prefixes.isEmpty() && exists(FormationFilters.PREFIX_QUERY, "prefixes", prefixes)
                ? FormationFilters.Match.BEGINNINGS : FormationFilters.Match.SIMILAR;
    }

    private boolean exists(String query, String name, String value) {
        return jdbc.sql("select exists (select 1" + SEARCHED + " where f.search @@ " + query + ")")
                .param(name, value).query(Boolean.class).single();
    }

    private static Formation formation(ResultSet row) throws SQLException {
        var statuses = new ArrayList<OpenStatus>();
        for (LearnerStatus status : LearnerStatus.values()) {
            String column = FormationFilters.column(status);
            if (row.getBoolean(column)) {
                statuses.add(new OpenStatus(status, status == LearnerStatus.VAE ? null
                        : row.getObject(column + "_capacity", Integer.class)));
            }
        }
        String admission = row.getString("admission");
        return new Formation(row.getLong("id"), row.getLong("campus_id"), row.getString("campus_name"),
                row.getLong("member_id"), row.getString("member_name"), row.getString("member_uai"),
                row.getObject("site_id", Long.class), row.getString("place_name"), row.getString("commune"),
                row.getObject("latitude", Double.class), row.getObject("longitude", Double.class),
                row.getString("certification_id"), row.getString("title"), row.getString("type_label"),
                row.getString("rncp_code"), row.getInt("level"), List.copyOf(statuses), row.getString("duration"),
                row.getString("start_dates"), admission == null ? null : AdmissionRoute.valueOf(admission),
                row.getBoolean("accessible"), row.getString("handicap_referent"), row.getString("adaptations"),
                row.getString("description"), row.getString("onisep_url"), rounded(row.getObject("distance_km",
                        Double.class)), row.getLong("version"));
    }

    private static @Nullable Double rounded(@Nullable Double kilometres) {
        return kilometres == null ? null : Math.round(kilometres * 10) / 10.0;
    }
}
