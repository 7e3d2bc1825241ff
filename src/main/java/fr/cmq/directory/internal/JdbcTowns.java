package fr.cmq.directory.internal;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.directory.Town;
import fr.cmq.directory.Towns;

/** {@link Towns} in SQL, on the establishments' towns and coordinates. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcTowns implements Towns {

    private final JdbcClient jdbc;

    @Override
    public Optional<Town> locate(String name) {
        return jdbc.sql("""
                        select min(commune_name) as name, avg(latitude) as latitude, avg(longitude) as longitude
                        from establishment
                        where town_key(commune_name) = town_key(:name) and latitude is not null
                        group by commune_code order by count(*) desc limit 1""")
                .param("name", name)
                .query(Town.class)
                .optional();
    }
}
