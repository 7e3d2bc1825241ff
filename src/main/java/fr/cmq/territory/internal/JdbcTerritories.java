package fr.cmq.territory.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import fr.cmq.territory.Academie;
import fr.cmq.territory.Departement;
import fr.cmq.territory.Region;
import fr.cmq.territory.Territories;

/**
 * {@link Territories} in SQL, on the platform's PostgreSQL. The territories are reference data, written by the
 * migrations alone: each list is read once, on its first use, and kept for the life of the process.
 */
@Service
@Transactional(readOnly = true)
class JdbcTerritories implements Territories {

    private final Supplier<List<Region>> regions;
    private final Supplier<List<Academie>> academies;
    private final Supplier<List<Departement>> departements;

    JdbcTerritories(JdbcClient jdbc) {
        regions = SingletonSupplier.of(() -> List.copyOf(jdbc.sql("select code, name from region order by name")
                .query((row, n) -> new Region(row.getString("code"), row.getString("name"))).list()));
        academies = SingletonSupplier.of(() -> List.copyOf(jdbc.sql("""
                select a.code, a.name, r.code as region_code, r.name as region_name
                from academie a
                left join region_academique ra on ra.code = a.region_academique_code
                left join region r on r.code = ra.region_code
                order by a.name""")
                .query((row, n) -> new Academie(row.getString("code"), row.getString("name"),
                        row.getString("region_code"), row.getString("region_name")))
                .list()));
        departements = SingletonSupplier.of(() -> List.copyOf(jdbc.sql(
                        "select code, name, academie_code, region_code from departement order by code")
                .query(Departement.class).list()));
    }

    @Override
    public List<Region> regions() {
        return regions.get();
    }

    @Override
    public List<Academie> academies() {
        return academies.get();
    }

    @Override
    public Optional<Academie> academie(String code) {
        return academies().stream().filter(academie -> academie.code().equals(code)).findFirst();
    }

    @Override
    public List<Departement> departements() {
        return departements.get();
    }
}
