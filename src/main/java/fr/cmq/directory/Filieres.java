package fr.cmq.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The national list of filières, in its official order. */
@Service
@Transactional(readOnly = true)
public class Filieres {

    private final JdbcClient jdbc;

    Filieres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Filiere> all() {
        return jdbc.sql("select code, label from filiere order by rank").query(Filiere.class).list();
    }
}
