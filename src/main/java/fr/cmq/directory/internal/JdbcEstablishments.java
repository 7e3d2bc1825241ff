package fr.cmq.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import fr.cmq.directory.Establishment;
import fr.cmq.directory.EstablishmentSearch;
import fr.cmq.directory.Establishments;
import fr.cmq.shared.PageResponse;

/** {@link Establishments} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcEstablishments implements Establishments {

    private static final String COLUMNS = """
            uai, name, type, sector, nature_label, address, postal_code, commune_name, departement_code,
            academie_code, academie_name, region_code, region_name, latitude, longitude, siret, website,
            voie_professionnelle, apprentissage, lycee_des_metiers, greta, post_bac, status""";
    private static final String WORDS = "search @@ websearch_to_tsquery('french_unaccent', :text)";
    private static final String WORDS_RANK = "ts_rank(search, websearch_to_tsquery('french_unaccent', :text)) desc, ";
    private static final String NEAR = "search_text %> cmq_unaccent(lower(:text))";
    private static final String NEAR_RANK = "word_similarity(cmq_unaccent(lower(:text)), search_text) desc, ";
    private static final Pattern UAI_LIKE = Pattern.compile("\\d{7}[A-Za-z]");
    private static final RowMapper<Establishment> ESTABLISHMENT = (rs, n) -> new Establishment(rs.getString("uai"),
            rs.getString("name"), rs.getString("type"), rs.getString("sector"), rs.getString("nature_label"),
            rs.getString("address"), rs.getString("postal_code"), rs.getString("commune_name"),
            rs.getString("departement_code"), rs.getString("academie_code"), rs.getString("academie_name"),
            rs.getString("region_code"), rs.getString("region_name"), rs.getObject("latitude", Double.class),
            rs.getObject("longitude", Double.class), rs.getString("siret"), rs.getString("website"),
            rs.getBoolean("voie_professionnelle"), rs.getBoolean("apprentissage"), rs.getBoolean("lycee_des_metiers"),
            rs.getBoolean("greta"), rs.getBoolean("post_bac"), rs.getString("status"));

    private final JdbcClient jdbc;

    @Override
    public long count() {
        return jdbc.sql("select count(*) from establishment").query(Long.class).single();
    }

    @Override
    public List<String> uais(int page, int size) {
        return jdbc.sql("select uai from establishment order by uai limit :size offset :offset")
                .param("size", size).param("offset", PageResponse.offset(page, size)).query(String.class).list();
    }

    @Override
    public Optional<Establishment> find(String uai) {
        return jdbc.sql("select " + COLUMNS + " from establishment where uai = :uai")
                .param("uai", uai.strip().toUpperCase(Locale.ROOT))
                .query(Establishment.class).optional();
    }

    /**
     * One page of the establishments that match: with text that is a UAI, that establishment; with other text, those whose name or town has its words (in French, without
     * regard to case or accents), the best first; when no word matches, those with a name close to it (typos).
     * Without text, by name.
     */
    @Override
    public PageResponse<Establishment> search(EstablishmentSearch search, int page, int size) {
        if (StringUtils.hasText(search.text()) && UAI_LIKE.matcher(search.text().strip()).matches()) {
            search = new EstablishmentSearch(null, search.text(), search.academieCode(), search.voieProfessionnelle());
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (StringUtils.hasText(search.uai())) {
            params.put("uai", search.uai().strip().toUpperCase(Locale.ROOT));
            conditions.add("uai = :uai");
        }
        if (StringUtils.hasText(search.academieCode())) {
            params.put("academie", search.academieCode());
            conditions.add("academie_code = :academie");
        }
        if (search.voieProfessionnelle() != null) {
            params.put("voiePro", search.voieProfessionnelle());
            conditions.add("voie_professionnelle = :voiePro");
        }
        if (!StringUtils.hasText(search.text())) {
            return page(conditions, "", params, page, size);
        }
        params.put("text", search.text().strip());
        var byWords = page(with(conditions, WORDS), WORDS_RANK, params, page, size);
        return byWords.page().totalElements() > 0 ? byWords : page(with(conditions, NEAR), NEAR_RANK, params, page, size);
    }

    private PageResponse<Establishment> page(List<String> conditions, String rank, Map<String, Object> params, int page,
            int size) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var rows = jdbc.sql("select " + COLUMNS + ", count(*) over () as total from establishment" + where
                        + " order by " + rank + "name, uai limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", PageResponse.offset(page, size))
                .query((row, n) -> Map.entry(row.getLong("total"), ESTABLISHMENT.mapRow(row, n)))
                .list();
        long total = !rows.isEmpty() ? rows.getFirst().getKey()
                : page == 0 ? 0 : jdbc.sql("select count(*) from establishment" + where).params(params)
                        .query(Long.class).single();
        return PageResponse.of(rows.stream().map(Map.Entry::getValue).toList(), page, size, total);
    }

    private static List<String> with(List<String> conditions, String condition) {
        var all = new ArrayList<>(conditions);
        all.add(condition);
        return all;
    }
}
