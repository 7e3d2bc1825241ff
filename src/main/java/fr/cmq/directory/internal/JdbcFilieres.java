package fr.cmq.directory.internal;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import fr.cmq.directory.Filiere;
import fr.cmq.directory.Filieres;

/**
 * {@link Filieres} in SQL, on the platform's PostgreSQL. The filières are reference data, written by the migrations
 * alone: read once, on first use, and kept for the life of the process.
 */
@Service
@Transactional(readOnly = true)
class JdbcFilieres implements Filieres {

    private final Supplier<List<Filiere>> all;

    JdbcFilieres(JdbcClient jdbc) {
        all = SingletonSupplier.of(() -> List.copyOf(jdbc.sql("select code, label from filiere order by rank")
                .query((row, n) -> new Filiere(row.getString("code"), row.getString("label"))).list()));
    }

    @Override
    public List<Filiere> all() {
        return all.get();
    }
}
