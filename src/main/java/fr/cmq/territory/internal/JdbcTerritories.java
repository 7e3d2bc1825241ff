package fr.cmq.territory.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.territory.Academie;
import fr.cmq.territory.Departement;
import fr.cmq.territory.Region;
import fr.cmq.territory.Territories;

/** {@link Territories} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcTerritories implements Territories {

    private final JdbcClient jdbc;

    @Override
    public List<Region> regions() {
        return jdbc.sql("select code, name from region order by name")
                .query((row, n) -> new Region(row.getString("code"), row.getString("name"))).list();
    }

    @Override
    public List<Academie> academies() {
        return jdbc.sql("""
                select a.code, a.name, r.code as region_code, r.name as region_name
                from academie a
                left join region_academique ra on ra.code = a.region_academique_code
                left join region r on r.code = ra.region_code
                order by a.name""").query(Academie.class).list();
    }

    @Override
    public Optional<Academie> academie(String code) {
        return academies().stream().filter(academie -> academie.code().equals(code)).findFirst();
    }

    @Override
    public List<Departement> departements() {
        return jdbc.sql("select code, name, academie_code, region_code from departement order by code")
                .query(Departement.class).list();
    }
}
