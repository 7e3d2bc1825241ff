package fr.cmq.campus.internal;

import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.RegionScope;
import fr.cmq.identity.RegionScopes;

/** {@link RegionScopes} for the guard: a région with the académies of its région académique. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcRegionScopes implements RegionScopes {

    static final String ACADEMIES = """
            array(select a.code from academie a join region_academique ra on ra.code = a.region_academique_code
                  where ra.region_code = r.code)""";

    private final JdbcClient jdbc;

    @Override
    public Optional<RegionScope> scope(String regionCode) {
        return jdbc.sql("select r.code, " + ACADEMIES + " as academies from region r where r.code = :code")
                .param("code", regionCode)
                .query((row, n) -> new RegionScope(row.getString("code"),
                        Set.of((String[]) row.getArray("academies").getArray())))
                .optional();
    }

    @Override
    public Optional<String> regionOfCampus(long campusId) {
        return jdbc.sql("select region_code from campus where id = :id and region_code is not null")
                .param("id", campusId).query(String.class).optional();
    }
}
