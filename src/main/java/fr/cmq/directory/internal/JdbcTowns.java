package fr.cmq.directory.internal;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.directory.Town;
import fr.cmq.directory.Towns;

/** {@link Towns} in SQL: the communes' reference table, placed by the establishments' coordinates. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcTowns implements Towns {

    private final JdbcClient jdbc;

    @Override
    public Optional<Town> locate(String nameOrPostalCode) {
        String typed = nameOrPostalCode.strip();
        return jdbc.sql("""
                        with c as (
                            select code, name, departement_code from commune
                            where name_key = town_key(:typed) or postal_codes @> array[cast(:typed as text)]
                            order by name_key = town_key(:typed) desc, population desc nulls last, code limit 1)
                        select c.code, c.name, c.departement_code, coalesce(d.name, c.departement_code) as departement_name,
                               coalesce(inside.latitude, around.latitude) as latitude,
                               coalesce(inside.longitude, around.longitude) as longitude,
                               case when inside.latitude is not null then 'COMMUNE'
                                    when around.latitude is not null then 'DEPARTEMENT' else 'UNPLACED' end as placement
                        from c left join departement d on d.code = c.departement_code
                        left join lateral (select avg(e.latitude) as latitude, avg(e.longitude) as longitude
                                           from establishment e
                                           where e.commune_code = c.code and e.latitude is not null) inside on true
                        left join lateral (select avg(e.latitude) as latitude, avg(e.longitude) as longitude
                                           from establishment e where inside.latitude is null
                                           and e.departement_code = c.departement_code and e.latitude is not null) around on true
                        """)
                .param("typed", typed)
                .query(Town.class)
                .optional();
    }
}
