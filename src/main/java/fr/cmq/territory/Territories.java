package fr.cmq.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference territories, read-only. */
@Service
@Transactional(readOnly = true)
public class Territories {

    private final JdbcClient jdbc;

    Territories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> regions() {
        return jdbc.sql("select code, name from region order by name").query(Region.class).list();
    }

    public List<Academie> academies() {
        return jdbc.sql("""
                select a.code, a.name, r.code as region_code, r.name as region_name
                from academie a
                left join region_academique ra on ra.code = a.region_academique_code
                left join region r on r.code = ra.region_code
                order by a.name""").query(Academie.class).list();
    }

    public Optional<Academie> academie(String code) {
        return academies().stream().filter(academie -> academie.code().equals(code)).findFirst();
    }

    public List<Departement> departements() {
        return jdbc.sql("select code, name, academie_code, region_code from departement order by code")
                .query(Departement.class).list();
    }
}
