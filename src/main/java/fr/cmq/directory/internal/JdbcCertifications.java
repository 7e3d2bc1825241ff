package fr.cmq.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.directory.Certification;
import fr.cmq.directory.Certifications;
import fr.cmq.shared.RncpCode;

/** {@link Certifications} in SQL. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcCertifications implements Certifications {

    private static final String COLUMNS = """
            select onisep_id as id, title, type_label, type_acronym, duration, rncp_code, level, onisep_url
            from certification""" + " ";
    private static final Pattern RNCP = Pattern.compile("(?i)(?:rncp)?\\s*[1-9]\\d{0,5}");

    private final JdbcClient jdbc;

    @Override
    public Optional<Certification> find(String id) {
        return jdbc.sql(COLUMNS + " where onisep_id = :id").param("id", id).query(Certification.class).optional();
    }

    @Override
    public List<Certification> all() {
        return jdbc.sql(COLUMNS).query(Certification.class).list();
    }

    @Override
    public List<Certification> search(String text, int limit) {
        String words = text.strip();
        if (words.isEmpty()) {
            return List.of();
        }
        if (RNCP.matcher(words).matches()) {
            return jdbc.sql(COLUMNS + " where rncp_code = :code order by title limit :limit")
                    .param("code", RncpCode.parse(words).value()).param("limit", limit).query(Certification.class).list();
        }
        var byWords = jdbc.sql(COLUMNS + """
                         where search @@ websearch_to_tsquery('french_unaccent', :text)
                         order by ts_rank(search, websearch_to_tsquery('french_unaccent', :text)) desc, title
                         limit :limit""")
                .param("text", words).param("limit", limit).query(Certification.class).list();
        if (!byWords.isEmpty()) {
            return byWords;
        }
        return jdbc.sql(COLUMNS + """
                         where cmq_unaccent(lower(title)) %> cmq_unaccent(lower(:text))
                         order by word_similarity(cmq_unaccent(lower(:text)), cmq_unaccent(lower(title))) desc, title
                         limit :limit""")
                .param("text", words).param("limit", limit).query(Certification.class).list();
    }
}
