package fr.cmq.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import fr.cmq.shared.web.PageResponse;

/** Finds establishments of the Annuaire de l'éducation. */
@Service
public class Establishments {

    private static final String COLUMNS = """
            uai, name, type, sector, nature_label, address, postal_code, commune_name, departement_code,
            academie_code, academie_name, region_code, region_name, latitude, longitude, siret, website,
            voie_professionnelle, apprentissage, lycee_des_metiers, greta, post_bac, status""";

    private static final DataClassRowMapper<Establishment> ESTABLISHMENT = new DataClassRowMapper<>(Establishment.class);

    private final JdbcClient jdbc;

    Establishments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Establishment> find(String uai) {
        return jdbc.sql("select " + COLUMNS + " from establishment where uai = :uai")
                .param("uai", uai.strip().toUpperCase(Locale.ROOT))
                .query(Establishment.class).optional();
    }

    /** One page of the establishments that match, the best matches first when there is text, by name otherwise. */
    public PageResponse<Establishment> search(EstablishmentSearch search, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String order = "name, uai";
        if (StringUtils.hasText(search.text())) {
            params.put("text", search.text().strip());
            conditions.add("(search @@ websearch_to_tsquery('french_unaccent', :text)"
                    + " or search_text %> cmq_unaccent(lower(:text)))");
            order = "ts_rank(search, websearch_to_tsquery('french_unaccent', :text))"
                    + " + word_similarity(cmq_unaccent(lower(:text)), search_text) desc, name, uai";
        }
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
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        var rows = jdbc.sql("select " + COLUMNS + ", count(*) over () as total from establishment" + where
                        + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .query((row, n) -> Map.entry(row.getLong("total"), ESTABLISHMENT.mapRow(row, n)))
                .list();
        long total = rows.isEmpty() ? countWhenPastTheEnd(where, params, page) : rows.getFirst().getKey();
        return PageResponse.of(rows.stream().map(Map.Entry::getValue).toList(), page, size, total);
    }

    private long countWhenPastTheEnd(String where, Map<String, Object> params, int page) {
        if (page == 0) {
            return 0;
        }
        return jdbc.sql("select count(*) from establishment" + where).params(params).query(Long.class).single();
    }
}
