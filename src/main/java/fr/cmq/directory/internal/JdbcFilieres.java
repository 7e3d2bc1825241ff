package fr.cmq.directory.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.directory.Filiere;
import fr.cmq.directory.Filieres;

/** {@link Filieres} in SQL, on the platform's PostgreSQL. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcFilieres implements Filieres {

    private final JdbcClient jdbc;

    @Override
    public List<Filiere> all() {
        return jdbc.sql("select code, label from filiere order by rank")
                .query((row, n) -> new Filiere(row.getString("code"), row.getString("label"))).list();
    }
}
