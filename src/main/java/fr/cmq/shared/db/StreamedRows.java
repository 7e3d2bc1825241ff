package fr.cmq.shared.db;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a whole table a few hundred rows at a time, so that a national file is written without the table ever sitting
 * in memory. PostgreSQL's driver fetches by batches only inside a transaction: callers read within a read-only one.
 */
@Component
public class StreamedRows {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    StreamedRows(DataSource dataSource) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(BATCH);
        this.jdbc = JdbcClient.create(template);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
