package fr.cmq.steering.internal;

import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.shared.DataVersion;
import fr.cmq.shared.db.Rows;
import fr.cmq.shared.db.StreamedRows;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.OpenAgenda;

/** {@link OpenAgenda} in SQL, on the agenda's own columns. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcOpenAgenda implements OpenAgenda {

    private final JdbcClient jdbc;
    private final StreamedRows streamed;

    /** An event withdrawn from the agenda changes the sum of versions of all events, published or not. */
    @Override
    public DataVersion version() {
        return jdbc.sql("select concat_ws('-', count(*), sum(version), max(updated_at),"
                        + " count(*) filter (where published)) as fingerprint,"
                        + " max(updated_at) filter (where published) as last_change from campus_event")
                .query((row, n) -> new DataVersion(row.getString("fingerprint"), Rows.instant(row, "last_change")))
                .single();
    }

    @Override
    public void eachPublished(Consumer<AgendaEvent> reader) {
        streamed.jdbc().sql("select " + AgendaService.COLUMNS + " where e.published order by e.starts_at, e.id")
                .query((RowCallbackHandler) row -> reader.accept(AgendaService.row(row).forThePublic()));
    }
}
